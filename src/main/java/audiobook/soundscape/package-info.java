/**
 * Soundscapes: definitions loaded from JSON, the score that says how loud each layer is at each
 * segment, and seeded procedural layers (wind, rain, thunder) composed like unit generators.
 * Every random source is zero-mean and seeded from the plan. Knows nothing of speech.
 */
package audiobook.soundscape;
