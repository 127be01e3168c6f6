/**
 * Soundscapes: definitions loaded from JSON, the score that says how loud each layer is at each
 * segment, and seeded procedural layers (wind, rain, thunder, sea, debris) wired like JSyn
 * circuits from small units (noise, biquads, drifts, lags, grains, point sources), then placed
 * behind the narrator. Every random source is zero-mean and seeded from its own node of the
 * plan's seed tree. Knows nothing of speech.
 */
package audiobook.soundscape;
