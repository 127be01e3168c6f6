package audiobook.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over labelled values, each given as the explicit text its caller chose: equal when,
 * and (practically) only when, every value is. It takes no objects, so nothing gets in by its
 * {@code toString}, which would change whenever a record gains a field (sound or not) and is
 * salted per JVM for hash sets and maps. Numbers print as Java specifies ({@link Double#toString}).
 */
final class Fingerprint {

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Fingerprint add(String label, String value) {
        // Length-prefixed so that no two different sequences of values print the same.
        byte[] bytes = (label + '=' + value).getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return this;
    }

    Fingerprint add(String label, long value) {
        return add(label, Long.toString(value));
    }

    Fingerprint add(String label, double value) {
        return add(label, Double.toString(value));
    }

    Fingerprint add(String label, boolean value) {
        return add(label, Boolean.toString(value));
    }

    /** The values one by one under the same label, after their count. */
    Fingerprint add(String label, List<String> values) {
        add(label + " count", values.size());
        values.forEach(v -> add(label, v));
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
