package audiobook.speech;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cast file: one line per role, {@code role: key=value ...}, blank lines and {@code #}
 * comments ignored. Roles are {@code narrator} and {@code dialogue}; keys are {@code voice} and
 * the {@link VoiceParameter} names. Every mistake is reported as {@code FILE:LINE: problem}.
 *
 * <pre>
 * narrator: voice=kevin16 rate=140 pitch=100 pitch-range=11
 * dialogue: rate=150 pitch=118 pitch-range=20 volume=0.9
 * </pre>
 */
public record CastFile(VoiceOverrides narrator, VoiceOverrides dialogue) {

    public static final CastFile NONE = new CastFile(VoiceOverrides.NONE, VoiceOverrides.NONE);

    private static final List<String> ROLES = List.of("narrator", "dialogue");

    public static CastFile read(Path file, Collection<String> knownVoices) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such cast file");
        } catch (CharacterCodingException e) {
            throw AudiobookException.input(file + ": the cast file is not UTF-8 text");
        } catch (IOException e) {
            throw AudiobookException.input(file + ": cannot read the cast file (" + e.getMessage() + ")");
        }
        Map<String, VoiceOverrides> roles = new java.util.HashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + n + ": ";
            int colon = line.indexOf(':');
            String role = colon < 0 ? line : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (colon < 0 || !ROLES.contains(role)) {
                throw AudiobookException.input(where + "expected 'ROLE: key=value ...' with ROLE one of "
                        + String.join(", ", ROLES) + ", not '" + line + "'");
            }
            if (roles.containsKey(role)) {
                throw AudiobookException.input(where + "the role '" + role + "' is given twice");
            }
            roles.put(role, overrides(line.substring(colon + 1).strip(), where, knownVoices));
        }
        return new CastFile(roles.getOrDefault("narrator", VoiceOverrides.NONE),
                roles.getOrDefault("dialogue", VoiceOverrides.NONE));
    }

    private static VoiceOverrides overrides(String settings, String where, Collection<String> knownVoices) {
        String voice = null;
        Map<VoiceParameter, Float> values = new EnumMap<>(VoiceParameter.class);
        for (String pair : settings.isEmpty() ? new String[0] : settings.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw AudiobookException.input(where + "expected key=value, not '" + pair + "'");
            }
            String key = pair.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = pair.substring(eq + 1);
            if (key.equals("voice")) {
                if (!knownVoices.contains(value)) {
                    throw AudiobookException.input(where + "unknown voice '" + value + "'; known voices: "
                            + String.join(", ", knownVoices));
                }
                voice = value;
                continue;
            }
            VoiceParameter parameter = parameter(key, where);
            String problem = parameter.problem(value);
            if (problem != null) {
                throw AudiobookException.input(where + key + " " + problem);
            }
            values.put(parameter, (float) VoiceParameter.parse(value));
        }
        return new VoiceOverrides(voice, values);
    }

    private static VoiceParameter parameter(String key, String where) {
        for (VoiceParameter p : VoiceParameter.values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        StringBuilder keys = new StringBuilder("voice");
        for (VoiceParameter p : VoiceParameter.values()) {
            keys.append(", ").append(p.key());
        }
        throw AudiobookException.input(where + "unknown key '" + key + "'; keys are " + keys);
    }
}
