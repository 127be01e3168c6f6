/**
 * Everything that happens to audio between the rendered stems and the exported files:
 * mixing and ducking the narration and ambience stems, fades, resampling, loudness
 * measurement (ITU-R BS.1770-4 / EBU R 128, plus the plain RMS, peak and noise-floor
 * figures ACX asks for) and true-peak limiting for mastering.
 *
 * <p>Audio here is plain float arrays, {@code channels[c][i]} with samples in [-1, 1];
 * arithmetic that accumulates (filters, energies, gains) is done in double. Classes work
 * block by block where a chapter would otherwise have to be held whole, so memory does not
 * grow with book length. The package knows nothing of file formats: reading and writing
 * WAV belongs to {@code export}.
 */
package audiobook.mix;
