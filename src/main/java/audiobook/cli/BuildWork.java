package audiobook.cli;

import audiobook.export.ExportedChapter;
import audiobook.plan.ChapterPlan;
import audiobook.plan.ReadingTime;
import audiobook.plan.Segment;
import audiobook.text.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a build has got, counted in seconds of audio: each chapter weighs its estimated
 * length, and within it, speech counts segment by segment (by their estimated seconds) and
 * rendering block by block, so the bar moves smoothly however long the chapters are. Speech
 * counts once and rendering twice, because rendering (ambience, mixing, metering, limiting,
 * writing) took about two thirds of a build. Each file encoded from the WAVs (an MP3, the
 * M4B) counts as much as rendering an average chapter, about what encoding an MP3 costs. Speed
 * and time left follow from the first seconds on. Called from the building threads and read by
 * the progress bar's thread, hence synchronized.
 */
final class BuildWork {

    static final int SPEECH_WEIGHT = 1;
    static final int RENDER_WEIGHT = 2;
    /** Before this much time has passed, speed and time left say more about the JVM warming up than the build. */
    static final double SETTLING_SECONDS = 2.0;

    /** A chapter's estimate and how far it has got. */
    private static final class Progress {
        final double seconds;
        /** Estimated seconds spoken after each segment: cumulative[i] once i + 1 segments are spoken. */
        final double[] cumulative;
        double speech;
        double render;

        Progress(ChapterPlan chapter) {
            cumulative = new double[chapter.segments().size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                Segment s = chapter.segments().get(i);
                sum += Words.count(s.spoken()) * 60.0 / ReadingTime.DEFAULT_WPM + s.pauseMs() / 1000.0;
                cumulative[i] = sum;
            }
            seconds = Math.max(1e-3, ReadingTime.seconds(chapter, ReadingTime.DEFAULT_WPM));
        }

        double done() {
            return seconds * (SPEECH_WEIGHT * speech + RENDER_WEIGHT * render) / (SPEECH_WEIGHT + RENDER_WEIGHT);
        }
    }

    private final Map<Integer, Progress> chapters = new HashMap<>();
    private int count;
    private int chaptersDone;
    private double totalSeconds;
    private double audioSeconds;
    private int encodes;
    private int encoded;
    private double secondsPerEncode;

    synchronized void start(List<ChapterPlan> toBuild) {
        count = toBuild.size();
        for (ChapterPlan chapter : toBuild) {
            Progress p = new Progress(chapter);
            chapters.put(chapter.number(), p);
            totalSeconds += p.seconds;
        }
    }

    synchronized void segmentsSpoken(ChapterPlan chapter, int done) {
        Progress p = chapters.get(chapter.number());
        if (p != null && done > 0 && p.cumulative.length > 0) {
            double all = p.cumulative[p.cumulative.length - 1];
            p.speech = Math.max(p.speech, all <= 0 ? 1 : p.cumulative[Math.min(done, p.cumulative.length) - 1] / all);
        }
    }

    /** {@code files} files (MP3s, the M4B) are to be encoded from the WAVs after the chapters. */
    synchronized void encodingStarted(int files) {
        double chapterSeconds = chapters.values().stream().mapToDouble(p -> p.seconds).sum();
        secondsPerEncode = chapterSeconds / Math.max(1, count) * RENDER_WEIGHT / (SPEECH_WEIGHT + RENDER_WEIGHT);
        encodes = files;
        totalSeconds += files * secondsPerEncode;
    }

    synchronized void encoded() {
        encoded++;
    }

    private boolean finished() {
        return count > 0 && chaptersDone == count && encoded >= encodes;
    }

    synchronized void spoken(ChapterPlan chapter) {
        Progress p = chapters.get(chapter.number());
        if (p != null) {
            p.speech = 1;
        }
    }

    synchronized void rendering(ChapterPlan chapter, double share) {
        Progress p = chapters.get(chapter.number());
        if (p != null) {
            p.speech = 1;
            p.render = Math.max(p.render, Math.min(1, share));
        }
    }

    synchronized void done(ExportedChapter chapter) {
        Progress p = chapters.get(chapter.plan().number());
        if (p != null) {
            p.speech = 1;
            p.render = 1;
        }
        audioSeconds += chapter.seconds();
        chaptersDone++;
    }

    /** Estimated seconds of audio the build makes. */
    synchronized double totalSeconds() {
        return totalSeconds;
    }

    /** Estimated seconds of audio done, speech and rendering weighed as above. */
    synchronized double doneSeconds() {
        return chapters.values().stream().mapToDouble(Progress::done).sum() + Math.min(encoded, encodes) * secondsPerEncode;
    }

    synchronized double fraction() {
        if (finished()) {
            return 1;
        }
        return totalSeconds == 0 ? 0 : Math.min(1, doneSeconds() / totalSeconds);
    }

    /** Seconds still to go if the rest goes as fast as what is done; NaN while too little is known. */
    synchronized double secondsLeft(double elapsedSeconds) {
        double f = fraction();
        boolean chapterDone = chaptersDone > 0;   // after a whole chapter the figure means something however soon
        return f <= 0 || elapsedSeconds < SETTLING_SECONDS && !chapterDone ? Double.NaN : elapsedSeconds * (1 - f) / f;
    }

    /** Seconds of audio made per second of work; NaN while too little is known. */
    synchronized double realTime(double elapsedSeconds) {
        if (elapsedSeconds <= 0) {
            return Double.NaN;
        }
        if (finished()) {
            return audioSeconds / elapsedSeconds;   // at the end, what was made, as the summary says
        }
        double done = doneSeconds();
        return done <= 0 || elapsedSeconds < SETTLING_SECONDS && chaptersDone == 0 ? Double.NaN : done / elapsedSeconds;
    }

    /**
     * "chapter 2/3 · 0:04 left · 18× real time", then "encoding 3/5 · 0:02 left · ..." while
     * MP3s or the M4B are still encoding ("done · 18× real time" at the end), leaving out what is
     * not known yet.
     */
    synchronized String status(double elapsedSeconds) {
        boolean finished = chaptersDone == count && encoded >= encodes;
        StringBuilder s = finished ? new StringBuilder("done")
                : chaptersDone < count ? new StringBuilder("chapter ").append(chaptersDone + 1).append('/').append(count)
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
