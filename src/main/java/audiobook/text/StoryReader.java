package audiobook.text;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a story file as strict UTF-8 and parses it; every problem names the file. */
public final class StoryReader {

    private StoryReader() {
    }

    public static Manuscript read(Path file, StoryParser parser) {
        return parser.parse(decode(file), file.getFileName().toString());
    }

    public static String decode(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw AudiobookException.input(file + ": is a folder, not a story file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such file");
        } catch (IOException e) {
            throw AudiobookException.input(file + ": cannot be read (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw AudiobookException.input(file + ": is not UTF-8 text; save it as UTF-8 and try again");
        }
        if (text.indexOf('\0') >= 0) {
            throw AudiobookException.input(file + ": looks like a binary file, not a story");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw AudiobookException.input(file + ": is empty; there is no story to read");
        }
        return text;
    }
}
