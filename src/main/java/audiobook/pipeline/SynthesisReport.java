package audiobook.pipeline;

/**
 * What narration cost in a build.
 *
 * @param synthesised       segments synthesised by the engine
 * @param reused            segments taken from the cache, or left in a chapter that was not re-rendered
 * @param chaptersRendered  chapters rendered and written
 * @param chaptersUnchanged chapters whose inputs and files were as the last build left them, not rendered again
 * @param corruptEntries    cache entries that failed their checksum and were synthesised again
 * @param synthesisSeconds  time chapters waited for their clips (synthesis and cache reads), added up over
 *                          chapters; chapters built side by side each count the time they waited together
 */
public record SynthesisReport(int synthesised, int reused, int chaptersRendered, int chaptersUnchanged,
                              int corruptEntries, double synthesisSeconds) {
}
