package audiobook.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 over labelled values: equal when, and (practically) only when, every value printed
 * the same. Values are printed with {@code toString}, arrays element by element, so records of
 * strings, numbers, enums, lists and sorted maps print deterministically. A hash set or map
 * (Set.of, Map.of and their copies iterate in an order salted per JVM) or an object without its
 * own toString would make builds differ, which costs time, never correctness: sort them first.
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

    Fingerprint add(String label, Object value) {
        String text = value instanceof Object[] array ? Arrays.deepToString(array)
                : value instanceof double[] doubles ? Arrays.toString(doubles)
                : value instanceof float[] floats ? Arrays.toString(floats)
                : value instanceof long[] longs ? Arrays.toString(longs)
                : value instanceof int[] ints ? Arrays.toString(ints)
                : String.valueOf(value);
        // Length-prefixed so that no two different sequences of values print the same.
        byte[] bytes = (label + '=' + text).getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
