package audiobook.cli;

import audiobook.export.ExportedChapter;
import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import audiobook.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a build has got, counted in words of narration: a chapter's words count once when
 * its speech is ready and twice more when it is rendered and written, because rendering
 * (ambience, mixing, metering, limiting, writing) took about two thirds of the seed's build.
 * Each file encoded from the WAVs (an MP3, the M4B) counts as much as rendering an average
 * chapter, about what encoding an MP3 costs.
 * Called from the building thread and read by the progress bar's thread, hence synchronized.
 */
final class BuildWork {

    static final int SPEECH_WEIGHT = 1;
    static final int RENDER_WEIGHT = 2;

    private final Map<Integer, Long> words = new HashMap<>();
    private int chapters;
    private int chaptersDone;
    private long totalUnits;
    private long doneUnits;
    private double audioSeconds;
    private int encodes;
    private int encoded;
    private long unitsPerEncode;

    synchronized void start(List<ChapterPlan> toBuild) {
        chapters = toBuild.size();
        for (ChapterPlan chapter : toBuild) {
            long count = Math.max(1, chapter.segments().stream().map(Segment::spoken).mapToLong(Words::count).sum());
            words.put(chapter.number(), count);
            totalUnits += count * (SPEECH_WEIGHT + RENDER_WEIGHT);
        }
    }

    synchronized void encodingStarted(int files) {
        long renderUnits = words.values().stream().mapToLong(Long::longValue).sum() * RENDER_WEIGHT;
        unitsPerEncode = Math.max(1, renderUnits / Math.max(1, chapters));
        encodes = files;
        totalUnits += files * unitsPerEncode;
    }

    synchronized void encoded() {
        encoded++;
        doneUnits += unitsPerEncode;
    }

    synchronized void spoken(ChapterPlan chapter) {
        doneUnits += words.getOrDefault(chapter.number(), 0L) * SPEECH_WEIGHT;
    }

    synchronized void done(ExportedChapter chapter) {
        doneUnits += words.getOrDefault(chapter.plan().number(), 0L) * RENDER_WEIGHT;
        audioSeconds += chapter.seconds();
        chaptersDone++;
    }

    synchronized long totalUnits() {
        return totalUnits;
    }

    synchronized long doneUnits() {
        return doneUnits;
    }

    synchronized double fraction() {
        return totalUnits == 0 ? 0 : Math.min(1, (double) doneUnits / totalUnits);
    }

    /** Seconds still to go if the rest goes as fast as what is done; NaN before anything is done. */
    synchronized double secondsLeft(double elapsedSeconds) {
        double f = fraction();
        return f <= 0 ? Double.NaN : elapsedSeconds * (1 - f) / f;
    }

    /** Seconds of audio written per second of work; NaN before the first chapter is written. */
    synchronized double realTime(double elapsedSeconds) {
        return chaptersDone == 0 || elapsedSeconds <= 0 ? Double.NaN : audioSeconds / elapsedSeconds;
    }

    /**
     * "chapter 2/3 · 0:04 left · 18× real time", then "encoding 3/5 · 0:02 left · ..." while
     * MP3s or the M4B are still encoding ("done · 18× real time" at the end), leaving out what is
     * not known yet.
     */
    synchronized String status(double elapsedSeconds) {
        boolean finished = chaptersDone == chapters && encoded >= encodes;
        StringBuilder s = finished ? new StringBuilder("done")
                : chaptersDone < chapters ? new StringBuilder("chapter ").append(chaptersDone + 1).append('/').append(chapters)
                : new StringBuilder("encoding ").append(encoded + 1).append('/').append(encodes);
        double left = secondsLeft(elapsedSeconds);
        if (!Double.isNaN(left) && !finished) {
            s.append(" · ").append(Durations.format(left)).append(" left");
        }
        double speed = realTime(elapsedSeconds);
        if (!Double.isNaN(speed)) {
            s.append(" · ").append(timesRealTime(speed));
        }
        return s.toString();
    }

    static String timesRealTime(double speed) {
        return (speed < 10 ? String.format("%.1f", speed) : String.format("%.0f", speed)) + "× real time";
    }
}
