/**
 * Planning: a pure, deterministic function from a manuscript and settings to a {@link
 * audiobook.plan.BookPlan}: segments with their written and spoken text, voice roles, the
 * speaker of every quotation ({@link audiobook.plan.SpeakerFinder}) and the voice that reads
 * each segment ({@link audiobook.plan.Casting}), the pause after each, the scene cue (weather and
 * mood intensities) and the seed of every random source. Knows nothing of FreeTTS or TarsosDSP.
 */
package audiobook.plan;
