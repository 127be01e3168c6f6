/**
 * Narration: the {@link audiobook.speech.SpeechEngine} seam and its FreeTTS adapter, the only
 * code that imports FreeTTS; the voices, their checked parameters and the {@link
 * audiobook.speech.Cast} (narrator and dialogue, from defaults, a cast file and the command
 * line); and the {@link audiobook.speech.SegmentCache} of synthesised clips. Clips come out at
 * the engine's own rate, trimmed of the engine's leading and trailing silence with faded edges;
 * mixing and resampling happen downstream.
 */
package audiobook.speech;
