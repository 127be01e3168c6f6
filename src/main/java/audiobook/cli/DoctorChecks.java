package audiobook.cli;

import audiobook.speech.FreeTtsEngine;
import audiobook.speech.PitchMeter;
import audiobook.speech.SpeechClip;
import audiobook.speech.VoiceSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The checks of {@code audiobook doctor}; each returns one line and never throws. */
final class DoctorChecks {

    private DoctorChecks() {
    }

    static CheckResult java() {
        return CheckResult.ok("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
    }

    /** The voice must load and say a word out loud into memory: RMS well above silence. */
    static CheckResult voice() {
        String voice = VoiceSettings.NARRATOR.voice();
        try {
            long start = System.nanoTime();
            SpeechClip clip = new FreeTtsEngine().speak("Hello.", VoiceSettings.NARRATOR);
            double rms = rms(clip.samples());
            if (clip.seconds() < 0.1 || rms < 0.01) {
                return CheckResult.fail(String.format("FreeTTS voice %s loads but says nothing (%.2f s, RMS %.4f); "
                        + "reinstall audiobook", voice, clip.seconds(), rms));
            }
            // The pitch says the voice is the one meant (kevin16 speaks near 100 Hz), not just a sound.
            return CheckResult.ok(String.format("FreeTTS voice %s says \"Hello\" (%.2f s of speech at %.0f Hz, in %.1f s)",
                    voice, clip.seconds(), PitchMeter.medianHz(clip), (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException | LinkageError e) {
            return CheckResult.fail("FreeTTS voice " + voice + " does not load (" + e.getMessage() + "); reinstall audiobook");
        }
    }

    /** Writes and deletes a file where books go; a folder that does not exist yet counts if it can be made. */
    static CheckResult writable(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return CheckResult.fail("output folder " + folder + " cannot be made: " + existing
                    + " is a file; choose another folder with -o");
        }
        try {
            Path probe = Files.createTempFile(existing, ".audiobook-doctor", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            return CheckResult.fail("output folder " + folder + " is not writable (" + e.getMessage()
                    + "); fix its permissions or choose another folder with -o");
        }
        return CheckResult.ok("output folder " + folder + (existing.equals(folder.toAbsolutePath())
                ? " is writable" : " can be made (in " + existing + ")"));
    }

    static CheckResult audio(Host host) {
        String problem = host.audioProblem();
        return problem == null ? CheckResult.ok("sound device: javax.sound opens an output line ('audiobook play' works)")
                : CheckResult.warn(problem + "; 'audiobook play' will not work here, open the WAV files in another player");
    }

    /** An optional program: its version when installed, what it is for when not. */
    static CheckResult program(Host host, String name, String versionFlag, String purpose) {
        Optional<Path> program = host.findProgram(name);
        if (program.isEmpty()) {
            return CheckResult.note(name + " not installed (optional: " + purpose + ")");
        }
        return CheckResult.ok(name + " " + version(program.get(), versionFlag) + " at " + program.get() + " (" + purpose + ")");
    }

    /**
     * A player for where {@code audiobook play} cannot play: installed or not, and whether it
     * really opens an audio output here (ffplay without a device fails quietly).
     */
    static CheckResult player(Host host, String name, String versionFlag) {
        Optional<Path> program = host.findProgram(name);
        if (program.isEmpty()) {
            return CheckResult.note(name + " not installed (optional: plays the WAVs where 'audiobook play' cannot)");
        }
        String found = name + " " + version(program.get(), versionFlag) + " at " + program.get();
        String problem = host.playerProblem(name, program.get());
        return problem == null ? CheckResult.ok(found + " opens an audio output (plays the WAVs where 'audiobook play' cannot)")
                : CheckResult.warn(found + " cannot open an audio output here either (" + problem
                        + "); listen on a machine with sound");
    }

    private static String version(Path program, String flag) {
        try {
            Process p = new ProcessBuilder(List.of(program.toString(), flag)).redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readNBytes(400), StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("");
            p.waitFor(5, TimeUnit.SECONDS);
            p.destroy();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:version |v)(\\S+)").matcher(first);
            return m.find() ? m.group(1) : "(version unknown)";
        } catch (IOException e) {
            return "(does not run: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(version unknown)";
        }
    }

    private static double rms(float[] samples) {
        double sum = 0;
        for (float s : samples) {
            sum += s * s;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }
}
