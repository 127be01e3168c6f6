package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChapterOrderExecutorTest {

    @Test
    void runsTheEarliestChaptersTasksFirstThenInTheOrderSubmitted() throws Exception {
        ChapterOrderExecutor pool = new ChapterOrderExecutor(1);
        CountDownLatch busy = new CountDownLatch(1);
        pool.submit(0, () -> busy.await(10, TimeUnit.SECONDS));
        List<String> ran = new CopyOnWriteArrayList<>();
        Future<?> last = null;
        for (String task : List.of("3a", "1a", "2a", "1b", "3b")) {
            last = pool.submit(task.charAt(0) - '0', () -> ran.add(task));
        }
        busy.countDown();
        last.get(10, TimeUnit.SECONDS);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        assertEquals(List.of("1a", "1b", "2a", "3a", "3b"), ran);
    }
}
