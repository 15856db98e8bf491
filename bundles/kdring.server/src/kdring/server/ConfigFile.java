package kdring.server;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The syntax of kdring's configuration files: sections and {@code key = value} lines, {@code #} comments.
 *
 * <pre>
 * # comment
 * [http]
 * host = 127.0.0.1
 * port = 8765
 *
 * [channel demo]          # a section may carry a name after its kind
 * vm = demo
 * </pre>
 *
 * This class knows only the syntax; {@link ServiceConfig} gives the keys their meaning. Every entry keeps
 * its line number, so that any later error can name the file, the line and the field.
 */
public final class ConfigFile {

    /** One {@code key = value} line. */
    public record Entry(String key, String value, int line) {
    }

    /** One {@code [kind name]} section and its entries, in file order. */
    public record Section(String kind, String name, int line, List<Entry> entries) {
    }

    /** A configuration error that names where it is: {@code file:line: field: problem}. */
    public static final class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        public ConfigException(Path file, int line, String field, String problem) {
            super(file + ":" + line + (field == null ? "" : ": " + field) + ": " + problem);
        }
    }

    private final Path file;
    private final List<Section> sections;

    private ConfigFile(Path file, List<Section> sections) {
        this.file = file;
        this.sections = sections;
    }

    public Path file() {
        return file;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Reads and checks the syntax of {@code file}. */
    public static ConfigFile read(Path file) throws ConfigException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ConfigException(file, 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read: " + e.getMessage());
        }
        List<Section> sections = new ArrayList<>();
        List<Entry> entries = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new ConfigException(file, lineNumber, null, "section header must end with ']'");
                }
                String[] words = line.substring(1, line.length() - 1).strip().split("\\s+");
                if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                    throw new ConfigException(file, lineNumber, null, "expected [kind] or [kind name]");
                }
                entries = new ArrayList<>();
                sections.add(new Section(words[0], words.length == 2 ? words[1] : "", lineNumber, entries));
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new ConfigException(file, lineNumber, null, "expected 'key = value'");
            }
            if (entries == null) {
                throw new ConfigException(file, lineNumber, line.substring(0, equals).strip(),
                        "setting outside any [section]");
            }
            String key = line.substring(0, equals).strip();
            for (Entry earlier : entries) {
                if (earlier.key().equals(key)) {
                    throw new ConfigException(file, lineNumber, key, "set twice (first on line " + earlier.line() + ")");
                }
            }
            entries.add(new Entry(key, line.substring(equals + 1).strip(), lineNumber));
        }
        return new ConfigFile(file, List.copyOf(sections));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    /** Parses an integer setting within [min, max], or says what is wrong with it. */
    public int intValue(Entry entry, int min, int max) throws ConfigException {
        Objects.requireNonNull(entry);
        try {
            int value = Integer.decode(entry.value());
            if (value < min || value > max) {
                throw new ConfigException(file, entry.line(), entry.key(),
                        "must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(file, entry.line(), entry.key(), "not a number: '" + entry.value() + "'");
        }
    }
}
