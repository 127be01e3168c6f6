package audiobook.pipeline;

import audiobook.plan.BookPlan;
import audiobook.text.Manuscript;
import java.nio.file.Path;

/**
 * A story read and planned: what {@code build} renders and {@code plan} prints.
 *
 * @param manuscript the story as read (its front matter, metadata and cover)
 * @param plan       every segment of every chapter, with its voice and pause
 * @param folder     where the book goes: {@code -o}, else {@code out/<slug>/} or {@code out/<slug>-<hash>/}
 */
public record PlannedBook(Manuscript manuscript, BookPlan plan, Path folder) {
}
