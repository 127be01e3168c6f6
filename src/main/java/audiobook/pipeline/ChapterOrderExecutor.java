package audiobook.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed pool that runs the earliest chapter's tasks first, then in the order submitted. Why:
 * chapters are built several at a time, and their segments queue for the same speakers; first
 * come, first served would finish every chapter's speech late, while this finishes the first
 * chapter's soon, so it renders while the next is spoken.
 */
final class ChapterOrderExecutor extends ThreadPoolExecutor {

    private final AtomicLong submitted = new AtomicLong();

    ChapterOrderExecutor(int threads) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>());
    }

    /** Submits a task of the given chapter. */
    <T> java.util.concurrent.Future<T> submit(int chapter, Callable<T> task) {
        Ranked<T> future = new Ranked<>(task, chapter, submitted.getAndIncrement());
        execute(future);
        return future;
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> task) {
        return new Ranked<>(task, Integer.MAX_VALUE, submitted.getAndIncrement());
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable task, T value) {
        return newTaskFor(Executors.callable(task, value));
    }

    private static final class Ranked<T> extends FutureTask<T> implements Comparable<Ranked<?>> {
        private final int chapter;
        private final long order;

        Ranked(Callable<T> task, int chapter, long order) {
            super(task);
            this.chapter = chapter;
            this.order = order;
        }

        @Override
        public int compareTo(Ranked<?> other) {
            return chapter != other.chapter ? Integer.compare(chapter, other.chapter) : Long.compare(order, other.order);
        }
    }
}
