/**
 * Narration: the {@link audiobook.speech.SpeechEngine} seam and its FreeTTS adapter, the only
 * code that imports FreeTTS. Clips come out at the engine's own rate, trimmed of the engine's
 * leading and trailing silence; mixing and resampling happen downstream.
 */
package audiobook.speech;
