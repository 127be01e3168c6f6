/**
 * Narration: the {@link audiobook.speech.SpeechEngine} seam and its FreeTTS adapter, the only
 * code that imports FreeTTS; the voices, their checked parameters and the {@link
 * audiobook.speech.Cast} (narrator, dialogue and characters, from defaults, a cast file and the
 * command line); the voices made from kevin16 ({@link audiobook.speech.VoiceCatalogue}) and
 * the vocal-tract change that makes them ({@link audiobook.speech.VoiceShaper}, which resamples
 * through {@link audiobook.audio.TarsosDsp}; {@link audiobook.speech.PitchMeter} uses its YIN); and the {@link
 * audiobook.speech.SegmentCache} of synthesised clips. Clips come out at the engine's own rate,
 * trimmed of the engine's leading and trailing silence with faded edges; mixing and resampling to
 * the output rate happen downstream.
 */
package audiobook.speech;
