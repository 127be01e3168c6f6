package audiobook.mix;

/**
 * Minimum of the last {@code length} values of a stream, in amortised constant time per value
 * (a monotonic queue: values that can never again be the minimum are dropped on arrival).
 */
final class SlidingMinimum {

    private final int length;
    private final double[] values;
    private final long[] positions;
    private int head;
    private int size;
    private long pushed;

    SlidingMinimum(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("window length must be at least 1, got " + length);
        }
        this.length = length;
        this.values = new double[length];
        this.positions = new long[length];
    }

    /** Adds a value and returns the minimum of it and the {@code length - 1} values before it. */
    double push(double value) {
        if (size > 0 && positions[head] <= pushed - length) {
            head = head + 1 == length ? 0 : head + 1;
            size--;
        }
        while (size > 0 && values[slot(size - 1)] >= value) {
            size--;
        }
        values[slot(size)] = value;
        positions[slot(size)] = pushed;
        size++;
        pushed++;
        return values[head];
    }

    private int slot(int index) {
        int at = head + index;
        return at >= length ? at - length : at;
    }
}
