package audiobook.speech;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bytes of one cache entry: magic, format version, the entry's key, sample rate, sample
 * count, the float samples (exact, so a cached clip equals a fresh one bit for bit), and the
 * SHA-256 of everything before it. Decoding checks all of it, so a truncated, altered or
 * misfiled entry is refused rather than played.
 */
final class ClipEntry {

    private static final int MAGIC = 0x41424331;   // "ABC1"
    private static final int HEADER = 4 + 32 + 4 + 4;
    private static final int CHECKSUM = 32;

    private ClipEntry() {
    }

    static byte[] encode(SpeechClip clip, String key) {
        float[] samples = clip.samples();
        ByteBuffer buffer = ByteBuffer.allocate(HEADER + 4 * samples.length + CHECKSUM);
        buffer.putInt(MAGIC).put(HexFormat.of().parseHex(key)).putInt(clip.sampleRate()).putInt(samples.length);
        buffer.asFloatBuffer().put(samples);
        buffer.position(HEADER + 4 * samples.length);
        buffer.put(SegmentCache.sha256(Arrays.copyOf(buffer.array(), buffer.position())));
        return buffer.array();
    }

    static Optional<SpeechClip> decode(byte[] bytes, String key) {
        if (bytes.length < HEADER + CHECKSUM) {
            return Optional.empty();
        }
        int body = bytes.length - CHECKSUM;
        byte[] expected = SegmentCache.sha256(Arrays.copyOf(bytes, body));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, body, bytes.length))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, body);
        int magic = buffer.getInt();
        byte[] storedKey = new byte[32];
        buffer.get(storedKey);
        if (magic != MAGIC || !Arrays.equals(storedKey, HexFormat.of().parseHex(key))) {
            return Optional.empty();
        }
        int rate = buffer.getInt();
        int count = buffer.getInt();
        if (rate <= 0 || count < 0 || count != (body - HEADER) / 4 || (body - HEADER) % 4 != 0) {
            return Optional.empty();
        }
        float[] samples = new float[count];
        buffer.asFloatBuffer().get(samples);
        return Optional.of(new SpeechClip(samples, rate));
    }
}
