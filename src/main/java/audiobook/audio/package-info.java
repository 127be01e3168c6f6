/**
 * The bottom of the house: what every audio stage speaks. One {@link audiobook.audio.Block}
 * (channels × frames of float), one contract for the units that make and take audio
 * ({@link audiobook.audio.Source}, {@link audiobook.audio.Sink},
 * with a latency and a finishing call), one {@link audiobook.audio.Timeline} of where the speech
 * sits, one {@link audiobook.audio.Biquad} (and the {@link audiobook.audio.BiquadCoefficients}
 * the loudness meter's fused K-weighting runs on), decibel arithmetic, and
 * {@link audiobook.audio.TarsosDsp}, the one class that speaks to TarsosDSP (resampling, YIN).
 * The package depends on nothing else in the project; {@code soundscape}, {@code mix}, {@code export} and {@code player} build
 * on it.
 */
package audiobook.audio;
