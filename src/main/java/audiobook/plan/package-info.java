/**
 * Planning: a pure, deterministic function from a manuscript and settings to a {@link
 * audiobook.plan.BookPlan}: segments with their written and spoken text, voice roles, the pause
 * after each, the scene cue (weather and mood intensities) and the seed of every random source.
 * Knows nothing of FreeTTS or TarsosDSP.
 */
package audiobook.plan;
