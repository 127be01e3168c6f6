package audiobook.pipeline;

import audiobook.export.AudioTags;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import audiobook.soundscape.LayerDefinition;
import audiobook.soundscape.SoundscapeDefinition;
import audiobook.soundscape.SoundscapeScore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The explicit key text of each value a chapter's or an encoded file's fingerprint is made of:
 * the fields that decide the files, by name, and none that do not (a layer's description, a
 * story's path). A field added to one of these records changes no fingerprint until it is
 * written here, which is where to decide whether it changes the sound.
 */
final class ChapterKey {

    private ChapterKey() {
    }

    /** What the chapter's WAVs say of the book: their tags (title, author, track count) and the seed of every stream. */
    static String book(BookPlan plan) {
        return String.join("\u0000", String.valueOf(plan.title()), String.valueOf(plan.author()),
                Long.toString(plan.seed()), Integer.toString(plan.chapters().size()));
    }

    /** The chapter's number and title, then a line per segment. */
    static List<String> chapter(ChapterPlan chapter) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(chapter.number() + "\u0000" + chapter.title());
        chapter.segments().forEach(s -> lines.add(segment(s)));
        return lines;
    }

    /** Everything the captions, the pauses and the bed take from a segment; its clip is keyed apart. */
    static String segment(Segment s) {
        return String.join("\u0000", Integer.toString(s.index()), s.text(), s.spoken(), s.role().name(),
                s.pauseAfter().name(), Integer.toString(s.pauseMs()), String.valueOf(s.speaker()), s.voice(),
                numbers(s.cue().intensities()), String.valueOf(s.cue().soundscape()));
    }

    /** The layers as they sound: type, level, what drives them, floor, parameters and recording. */
    static List<String> soundscape(SoundscapeDefinition definition) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(definition.name());
        definition.layers().forEach(layer -> lines.add(layer(layer)));
        return lines;
    }

    private static String layer(LayerDefinition layer) {
        // LoopRecording is a class that prints its file name, cross-fade and content digest, for keys.
        return String.join("\u0000", layer.type().id(), Double.toString(layer.levelDb()), String.join(",", layer.follows()),
                Double.toString(layer.floor()), numbers(layer.parameters()), String.valueOf(layer.recording()));
    }

    /** The chapter's score: its seed, each layer's intensity per segment, and how active each segment is. */
    static List<String> score(SoundscapeScore.ChapterScore score) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(score.chapter() + "\u0000" + Long.toHexString(score.seeds().seed()));
        score.layerIntensities().forEach(layer -> lines.add(Arrays.toString(layer)));
        lines.add(Arrays.toString(score.activity()));
        return lines;
    }

    /** An encoded file's tags, its cover by content. */
    static String tags(AudioTags tags) {
        return String.join("\u0000", String.valueOf(tags.title()), String.valueOf(tags.album()),
                String.valueOf(tags.artist()), String.valueOf(tags.albumArtist()), Integer.toString(tags.track()),
                Integer.toString(tags.trackTotal()), String.valueOf(tags.year()), String.valueOf(tags.genre()),
                String.valueOf(tags.comment()), tags.cover() == null ? "no cover"
                        : tags.cover().mediaType() + " " + tags.cover().width() + "x" + tags.cover().height() + " "
                        + tags.cover().sha256());
    }

    private static String numbers(SortedMap<String, Double> values) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            out.append(e.getKey()).append('=').append(e.getValue()).append(';');
        }
        return out.toString();
    }
}
