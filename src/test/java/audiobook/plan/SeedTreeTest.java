package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedTreeTest {

    @Test
    void aPathAlwaysGivesTheSameSeedAndStepsCompose() {
        SeedTree book = SeedTree.root(1);
        assertEquals(book.child("chapter/3/layer/0:wind/gust").seed(), SeedTree.root(1).child("chapter/3/layer/0:wind/gust").seed());
        assertEquals(book.child("chapter/3/layer").child("0:wind/gust").seed(), book.child("chapter/3/layer/0:wind/gust").seed());
        assertEquals("chapter/3/layer/0:wind/gust", book.child("chapter/3").child("layer/0:wind/gust").path());
        assertEquals(new ChapterPlan(3, "Three", List.of()).seeds(1).child("room-tone").path(), "chapter/3/room-tone");
    }

    @Test
    void neighbouringPathsAndBookSeedsGiveUnrelatedSeeds() {
        Set<Long> seen = new HashSet<>();
        for (long book = 0; book < 20; book++) {
            for (int chapter = 1; chapter <= 50; chapter++) {
                for (String leaf : List.of("left", "right", "gust", "1", "2")) {
                    seen.add(SeedTree.root(book).child("chapter/" + chapter + "/" + leaf).seed());
                }
            }
        }
        assertEquals(20 * 50 * 5, seen.size());
        // The faults of offset seeds: seed * 31 + k and seed + 1 meet; hashed ones do not.
        assertNotEquals(SeedTree.root(1).child("32").seed(), SeedTree.root(2).child("1").seed());
        assertNotEquals(SeedTree.root(1).child("a").seed() + 1, SeedTree.root(1).child("b").seed());
    }

    @Test
    void aWatchedTreeTellsOfEverySeedItsChildrenGive() {
        List<String> read = new ArrayList<>();
        SeedTree watched = SeedTree.root(5).watched(node -> read.add(node.path()));
        watched.child("a/b").random();
        watched.child("c").seed();
        SeedTree.root(5).child("d").seed();
        assertEquals(List.of("a/b", "c"), read);
        assertThrows(IllegalArgumentException.class, () -> watched.child("a//b"));
    }
}
