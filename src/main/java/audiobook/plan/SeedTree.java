package audiobook.plan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The seed of one random stream, named by its path from the book's seed:
 * {@code chapter/3/layer/1:rain/drops}. A child's seed is the first 64 bits of SHA-256 over its
 * parent's seed and its label, so every path has its own seed, unrelated to every other's, and
 * the same path always gives the same one.
 *
 * <p>Why a hash: child seeds made as {@code seed * 31 + k}, {@code seed + 1} or {@code seed ^ C}
 * collide as soon as two places pick offsets that meet (storm's rain noise was the wind's pitch
 * drift, and its thunder chance the wind's gusts), and {@link SplittableRandom} streams whose
 * seeds differ by a multiple of its increment are the same stream shifted by a few draws.
 * Hashed seeds do neither. {@code child("a/b")} is {@code child("a").child("b")}.
 */
public final class SeedTree {

    private final long seed;
    private final String path;
    /** Told of every seed read from this node or its children; null but in tests. */
    private final Consumer<SeedTree> ledger;

    private SeedTree(long seed, String path, Consumer<SeedTree> ledger) {
        this.seed = seed;
        this.path = path;
        this.ledger = ledger;
    }

    /** The root of a book's tree: {@code --seed}. */
    public static SeedTree root(long seed) {
        return new SeedTree(seed, "", null);
    }

    /** This node and its children, telling {@code ledger} of every seed read: to check that streams never share one. */
    public SeedTree watched(Consumer<SeedTree> ledger) {
        return new SeedTree(seed, path, ledger);
    }

    /** The node at {@code label} under this one; a label with slashes walks down one step per part. */
    public SeedTree child(String label) {
        SeedTree node = this;
        for (String part : label.split("/", -1)) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("empty step in seed path '" + label + "'");
            }
            node = new SeedTree(hash(node.seed, part), node.path.isEmpty() ? part : node.path + "/" + part, ledger);
        }
        return node;
    }

    /** This stream's seed. */
    public long seed() {
        if (ledger != null) {
            ledger.accept(new SeedTree(seed, path, null));
        }
        return seed;
    }

    /** A fresh generator of this stream. */
    public SplittableRandom random() {
        return new SplittableRandom(seed());
    }

    /** Where the stream sits in the tree, from the root: {@code chapter/3/room-tone}. */
    public String path() {
        return path;
    }

    @Override
    public String toString() {
        return path + "=" + Long.toHexString(seed);
    }

    private static long hash(long parent, String label) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(parent).array());
            sha.update(label.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
