package audiobook.pipeline;

import audiobook.export.AtomicFiles;
import audiobook.export.AudioTags;
import audiobook.export.BookManifest;
import audiobook.export.CoverImage;
import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.export.Ffmpeg;
import audiobook.export.M4bWriter;
import audiobook.export.Mp3Encoder;
import audiobook.export.WavInfo;
import audiobook.export.WavReader;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessReport;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The formats encoded from the WAV masters ({@code --format mp3,m4b}) and the cover they carry.
 *
 * <p>Each MP3 is encoded from its chapter's WAV, and the M4B from every chapter's main WAV in
 * turn, through a limiter whose ceiling sits {@link #MARGIN_DB} under the target the file must
 * still meet once decoded (ACX measures the MP3s as they decode: the dry ones at most -3 dBFS
 * sample peak, the immersive at most -1 dBTP). Then each file is decoded with ffmpeg and
 * measured like a master; should its peak still be over the target, it is encoded once more
 * with the ceiling lowered by the excess and a little more.
 *
 * <p>A file is encoded only when what it is made of changed ({@link EncodedRecords}): an MP3
 * when its WAV was written again, the M4B when any chapter's was, or their tags or cover.
 */
final class FormatStage {

    /** How far under its target the encoder's input is limited. Measured on the seed (see README). */
    static final double MARGIN_DB = 0.5;
    /** When a file still decodes over its target: lower the ceiling by the excess and this much more. */
    private static final double RETRY_EXTRA_DB = 0.3;
    /** AAC bit rates: stereo for the immersive master, mono for the dry one (ACX-style books have no bed). */
    static final int M4B_STEREO_KBPS = 112;
    static final int M4B_MONO_KBPS = 64;
    /** Bump when encoding changes in a way the jar's identity would not show, or the key's text does (2: field by field). */
    private static final int FORMAT = 2;

    private final FormatSettings formats;
    private final BookPlan plan;
    private final Path folder;
    private final CoverImage cover;
    private final Ffmpeg ffmpeg;
    private final EncodedRecords records;
    private final BuildListener listener;
    private final AudioTags bookTags;
    private int encoded;
    private int total;

    /**
     * @param cover   the cover to embed, or null for none
     * @param reuse   whether files from the last build may be kept (false with {@code --no-cache})
     */
    FormatStage(BuildSettings settings, BookPlan plan, Path folder, CoverImage cover, boolean reuse,
                BuildListener listener) {
        this.formats = settings.formats();
        this.plan = plan;
        this.folder = folder;
        this.cover = cover;
        this.ffmpeg = formats.ffmpeg() == null ? null : new Ffmpeg(formats.ffmpeg());
        this.records = new EncodedRecords(reuse && (formats.has(OutputFormat.MP3) || formats.has(OutputFormat.M4B))
                ? folder : null);
        this.listener = listener;
        String author = plan.author();
        this.bookTags = new AudioTags(plan.title(), plan.title(), author, author, 0, 0, formats.year(),
                AudioTags.AUDIOBOOK, "Made by audiobook " + toolVersion() + "; narrated by FreeTTS voice "
                + settings.cast().narrator().voice(), cover);
    }

    /** Announces how many files the build will encode (or find unchanged). */
    void start(List<ChapterPlan> chapters, int mastersPerChapter) {
        total = (formats.has(OutputFormat.MP3) ? chapters.size() * mastersPerChapter : 0)
                + (formats.has(OutputFormat.M4B) ? 1 : 0);
        if (total > 0) {
            listener.encodingStarted(total);
        }
    }

    /** Writes {@code cover.png} (or {@code .jpg}) beside the audio unless it already holds these bytes; its name, or null. */
    String writeCover() throws IOException {
        if (cover == null) {
            return null;
        }
        Path file = folder.resolve(cover.fileName());
        if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), cover.bytes())) {
            AtomicFiles.write(file, cover.bytes());
        }
        return cover.fileName();
    }

    /** One task per master of the chapter, each encoding its MP3 beside the WAV; none without {@code mp3}. */
    List<Callable<ExportedFile>> mp3Tasks(ExportedChapter chapter) {
        if (!formats.has(OutputFormat.MP3)) {
            return List.of();
        }
        List<Callable<ExportedFile>> tasks = new ArrayList<>();
        for (ExportedFile master : chapter.files()) {
            tasks.add(() -> mp3(chapter.plan(), master));
        }
        return tasks;
    }

    private ExportedFile mp3(ChapterPlan chapter, ExportedFile master) throws IOException {
        Path wav = master.path();
        Path mp3 = mp3Of(wav);
        AudioTags tags = bookTags.withTitle(chapter.title()).withTrack(chapter.number(), plan.chapters().size());
        DeliveryProfile profile = master.profile();
        String fingerprint = fingerprint("mp3", List.of(wav), List.of(chapter.title()), tags, profile,
                Mp3Encoder.BITRATE_KBPS + "k q" + Mp3Encoder.QUALITY);
        return encode(mp3, fingerprint, profile, profile == DeliveryProfile.IMMERSIVE ? 2 : 1, ceiling -> {
            WavInfo info = WavReader.info(wav);
            try (Mp3Encoder out = Mp3Encoder.open(mp3, info.format().channels(), info.format().sampleRate(), tags)) {
                LimitedWavs.stream(List.of(wav), ceiling, profile == DeliveryProfile.IMMERSIVE, out);
                out.commit();
            }
        });
    }

    /** {@code 01 Chapter One.wav} → {@code 01 Chapter One.mp3} in the same folder. */
    static Path mp3Of(Path wav) {
        String name = wav.getFileName().toString();
        return wav.resolveSibling(name.substring(0, name.length() - ".wav".length()) + ".mp3");
    }

    /**
     * The M4B of the whole book from the main WAV of every chapter the manifest lists; null (with
     * a warning) when the book's chapters are not all built yet, or not all alike.
     */
    ExportedFile m4b(BookManifest manifest) throws IOException {
        if (!formats.has(OutputFormat.M4B)) {
            return null;
        }
        if (manifest.chapters().size() != plan.chapters().size()) {
            listener.warning("the M4B needs every chapter's WAV and " + (plan.chapters().size()
                    - manifest.chapters().size()) + " are not built yet: build the whole book to write "
                    + plan.slug() + ".m4b");
            return null;
        }
        List<Path> wavs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<M4bWriter.Chapter> marks = new ArrayList<>();
        int channels = -1;
        int rate = -1;
        for (BookManifest.ChapterEntry entry : manifest.chapters()) {
            Path wav = folder.resolve(entry.file());
            WavInfo info = WavReader.info(wav);
            if (channels >= 0 && (info.format().channels() != channels || info.format().sampleRate() != rate)) {
                listener.warning("the M4B needs every chapter's main WAV in one format, and " + entry.file()
                        + " differs from the first (built with another --profile?): build the whole book again");
                return null;
            }
            channels = info.format().channels();
            rate = info.format().sampleRate();
            wavs.add(wav);
            titles.add(entry.title());
            marks.add(new M4bWriter.Chapter(entry.title(), info.frames()));
        }
        DeliveryProfile profile = channels == 2 ? DeliveryProfile.IMMERSIVE : DeliveryProfile.DRY;
        int kbps = channels == 2 ? M4B_STEREO_KBPS : M4B_MONO_KBPS;
        Path target = folder.resolve(plan.slug() + ".m4b");
        String fingerprint = fingerprint("m4b", wavs, titles, bookTags, profile, "aac " + kbps + "k");
        int sourceChannels = channels;
        int sourceRate = rate;
        return encode(target, fingerprint, profile, channels, ceiling -> M4bWriter.write(ffmpeg, target,
                sourceChannels, sourceRate, kbps, marks, bookTags,
                sink -> LimitedWavs.stream(wavs, ceiling, profile == DeliveryProfile.IMMERSIVE, sink)));
    }

    /** Encodes a file at a given ceiling. */
    @FunctionalInterface
    private interface Encoding {
        void at(double ceilingDb) throws IOException;
    }

    /** Keeps the file when unchanged, else encodes, measures, and encodes once more lower when its peak is over. */
    private ExportedFile encode(Path file, String fingerprint, DeliveryProfile profile, int channels, Encoding encoding)
            throws IOException {
        var previous = records.unchanged(file, fingerprint);
        if (previous.isPresent()) {
            announce(previous.get(), true);
            return previous.get();
        }
        records.forget(file);
        double target = profile == DeliveryProfile.IMMERSIVE ? DeliveryProfile.IMMERSIVE_CEILING_DBTP
                : DeliveryProfile.DRY_PEAK_MAX;
        double ceiling = target - MARGIN_DB;
        ExportedFile result = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            encoding.at(ceiling);
            LoudnessReport decoded = ffmpeg == null ? null : ffmpeg.measure(file, channels, Mp3Encoder.SAMPLE_RATE);
            result = new ExportedFile(file, profile, decoded, 0, decoded == null ? List.of() : profile.failures(decoded));
            double peak = decoded == null ? Double.NEGATIVE_INFINITY
                    : profile == DeliveryProfile.IMMERSIVE ? decoded.truePeakDbtp() : decoded.samplePeakDbfs();
            if (!(peak > target)) {
                break;
            }
            ceiling -= peak - target + RETRY_EXTRA_DB;
        }
        records.remember(fingerprint, result);
        announce(result, false);
        return result;
    }

    /** Counted and told in one step, so that the counts arrive in order from any thread. */
    private synchronized void announce(ExportedFile file, boolean reused) {
        listener.fileEncoded(file, reused, ++encoded, total);
    }

    /** What an encoded file is made of: the WAVs as they are on disk, the titles, the tags and cover, the settings. */
    private String fingerprint(String kind, List<Path> wavs, List<String> titles, AudioTags tags,
                               DeliveryProfile profile, String codec) throws IOException {
        Fingerprint f = new Fingerprint().add("format", FORMAT).add("code", ChapterInputs.CODE).add("kind", kind)
                .add("codec", codec).add("profile", profile.name()).add("margin", MARGIN_DB)
                .add("tags", ChapterKey.tags(tags)).add("titles", titles)
                .add("measured", ffmpeg == null ? "no" : ffmpeg.program().toString());
        for (Path wav : wavs) {
            f.add("wav", folder.relativize(wav) + " " + Files.size(wav) + " " + Files.getLastModifiedTime(wav).toMillis());
        }
        return f.hex();
    }

    /**
     * The manifest with the encoded files named: the {@code mp3} and {@code dry_mp3} of each
     * chapter built now from what was encoded for it (others keep what the last manifest said),
     * the M4B and the cover.
     *
     * @param mp3s the MP3s encoded (or found unchanged) by this build, by chapter number
     */
    BookManifest annotate(BookManifest manifest, Map<Integer, List<ExportedFile>> mp3s, ExportedFile m4b,
                          String coverName) {
        List<BookManifest.ChapterEntry> chapters = new ArrayList<>();
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            List<ExportedFile> built = mp3s.get(c.number());
            if (built == null) {
                chapters.add(c);
                continue;
            }
            String mp3 = null;
            String dryMp3 = null;
            for (ExportedFile f : built) {
                String name = folder.relativize(f.path()).toString();
                if (mp3Of(folder.resolve(c.file())).equals(f.path())) {
                    mp3 = name;
                }
                if (c.dryFile() != null && mp3Of(folder.resolve(c.dryFile())).equals(f.path())) {
                    dryMp3 = name;
                }
            }
            chapters.add(c.withMp3s(mp3, dryMp3));
        }
        String m4bName = m4b != null ? folder.relativize(m4b.path()).toString() : manifest.m4b();
        return manifest.withFiles(chapters, m4bName, coverName != null ? coverName : manifest.cover());
    }

    private static String toolVersion() {
        Properties p = new Properties();
        try (InputStream in = FormatStage.class.getResourceAsStream("/audiobook/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // "dev" then.
        }
        return p.getProperty("version", "dev");
    }
}
