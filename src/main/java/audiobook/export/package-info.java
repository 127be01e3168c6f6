/**
 * File formats and atomic writes: everything the pipeline leaves on disk.
 *
 * <p>This package owns the WAV writer (PCM 16-bit, LIST/INFO tags, {@code cue } markers with
 * {@code adtl} labels) and the WAV reader used by tests and {@code audiobook check}, the WebVTT
 * captions, the M3U8 playlist, the manifest JSON and the report, and the encoded formats: MP3
 * ({@link audiobook.export.Mp3Encoder}, jump3r, with our own ID3v2.3 tag), the M4B
 * ({@link audiobook.export.M4bWriter}, through ffmpeg) and their cover. Every file goes
 * through a temporary name beside its final one and is renamed only when complete, so an
 * interrupted build never leaves a truncated file under a final name.
 *
 * <p>It knows nothing of synthesis or mixing: it takes finished float blocks and text and
 * reports, never prints, what it had to change (clipped samples) or could not do (exceptions
 * that name the file).
 */
package audiobook.export;
