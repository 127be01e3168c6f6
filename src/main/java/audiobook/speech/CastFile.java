package audiobook.speech;

import audiobook.AudiobookException;
import audiobook.plan.Gender;
import audiobook.plan.Person;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cast file: one line per role, {@code role: key=value ...}, blank lines and {@code #}
 * comments ignored. Roles are {@code narrator} and {@code dialogue} (the voice of speech by no
 * known speaker), {@code character} (once per character: names, then settings) and
 * {@code cast: auto} (the characters without a line get voices of their own). Keys are
 * {@code voice} (an engine's voice or a derived one, see {@link VoiceCatalogue}), the
 * {@link VoiceParameter} names, and for characters {@code gender}. Every mistake is reported as
 * {@code FILE:LINE: problem}.
 *
 * <pre>
 * narrator: voice=kevin16 rate=140
 * character: MacWhirr = Captain MacWhirr = the captain voice=older-man gender=male
 * character: Jukes voice=young-man
 * cast: auto
 * </pre>
 */
public record CastFile(VoiceOverrides narrator, VoiceOverrides dialogue, List<CharacterLine> characters,
                       boolean auto) {

    public static final CastFile NONE = new CastFile(VoiceOverrides.NONE, VoiceOverrides.NONE);
    /** {@code --cast auto} without a file. */
    public static final CastFile AUTO = new CastFile(VoiceOverrides.NONE, VoiceOverrides.NONE, List.of(), true);

    /** A character the file names: who they are, and their voice (null: none given). */
    public record CharacterLine(Person person, VoiceOverrides voice) {
    }

    private static final List<String> ROLES = List.of("narrator", "dialogue", "character", "cast");

    /** A cast file is a few lines; anything this large is not one. */
    static final long MAX_BYTES = 1L << 20;

    public CastFile {
        characters = List.copyOf(characters);
    }

    public CastFile(VoiceOverrides narrator, VoiceOverrides dialogue) {
        this(narrator, dialogue, List.of(), false);
    }

    public static CastFile read(Path file, Collection<String> engineVoices) {
        String problem = audiobook.io.Disk.unreadable(file, MAX_BYTES);
        if ("does not exist".equals(problem)) {
            throw AudiobookException.input(file + ": no such cast file");
        }
        if (problem != null) {
            throw AudiobookException.input(file + ": " + problem + "; a cast file is a text file of 'ROLE: key=value' lines");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such cast file");
        } catch (CharacterCodingException e) {
            throw AudiobookException.input(file + ": the cast file is not UTF-8 text");
        } catch (IOException e) {
            throw AudiobookException.input(file + ": cannot read the cast file (" + audiobook.io.Disk.reason(e) + ")");
        }
        Set<String> known = new LinkedHashSet<>(engineVoices);
        known.addAll(VoiceCatalogue.names());
        Map<String, VoiceOverrides> roles = new java.util.HashMap<>();
        List<CharacterLine> characters = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        boolean auto = false;
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
            String rest = line.substring(colon + 1).strip();
            if (role.equals("cast")) {
                if (!rest.equals("auto")) {
                    throw AudiobookException.input(where + "expected 'cast: auto', not '" + line + "'");
                }
                auto = true;
            } else if (role.equals("character")) {
                CharacterLine character = character(rest, where, known);
                for (String name : names(character.person())) {
                    if (!names.add(name.toLowerCase(Locale.ROOT))) {
                        throw AudiobookException.input(where + "'" + name + "' is named on an earlier line too");
                    }
                }
                characters.add(character);
            } else {
                if (roles.containsKey(role)) {
                    throw AudiobookException.input(where + "the role '" + role + "' is given twice");
                }
                roles.put(role, overrides(rest, where, known, null));
            }
        }
        return new CastFile(roles.getOrDefault("narrator", VoiceOverrides.NONE),
                roles.getOrDefault("dialogue", VoiceOverrides.NONE), characters, auto);
    }

    private static List<String> names(Person person) {
        List<String> all = new ArrayList<>(List.of(person.name()));
        all.addAll(person.aliases());
        return all;
    }

    /** {@code MacWhirr = Captain MacWhirr = the captain voice=older-man gender=male}. */
    private static CharacterLine character(String text, String where, Collection<String> known) {
        List<String> nameWords = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (word.indexOf('=') > 0 && word.indexOf('=') < word.length() - 1 || !settings.isEmpty()) {
                settings.add(word);
            } else {
                nameWords.add(word);
            }
        }
        List<String> names = new ArrayList<>();
        for (String name : String.join(" ", nameWords).split("\\s*=\\s*")) {
            if (name.isBlank()) {
                throw AudiobookException.input(where + "expected 'character: NAME [= OTHER NAME ...] [voice=NAME]', "
                        + "not 'character: " + text + "'");
            }
            names.add(name.strip());
        }
        Gender[] gender = {Gender.UNKNOWN};
        VoiceOverrides voice = overrides(String.join(" ", settings), where, known, gender);
        return new CharacterLine(new Person(names.get(0), names.subList(1, names.size()), gender[0]), voice);
    }

    private static VoiceOverrides overrides(String settings, String where, Collection<String> knownVoices,
                                            Gender[] gender) {
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
            if (key.equals("gender") && gender != null) {
                gender[0] = switch (value.toLowerCase(Locale.ROOT)) {
                    case "male", "m", "man" -> Gender.MALE;
                    case "female", "f", "woman" -> Gender.FEMALE;
                    default -> throw AudiobookException.input(where + "gender must be male or female, not '" + value + "'");
                };
                continue;
            }
            VoiceParameter parameter = parameter(key, where, gender != null);
            String problem = parameter.problem(value);
            if (problem != null) {
                throw AudiobookException.input(where + key + " " + problem);
            }
            values.put(parameter, (float) VoiceParameter.parse(value));
        }
        return new VoiceOverrides(voice, values);
    }

    private static VoiceParameter parameter(String key, String where, boolean character) {
        for (VoiceParameter p : VoiceParameter.values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        StringBuilder keys = new StringBuilder("voice");
        for (VoiceParameter p : VoiceParameter.values()) {
            keys.append(", ").append(p.key());
        }
        throw AudiobookException.input(where + "unknown key '" + key + "'; keys are " + keys
                + (character ? ", gender" : ""));
    }
}
