package kdring.tools.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kdring.tools.Main;

/**
 * One run of a kdring command through {@link Main#run}, as the launcher runs it (picocli parsing
 * included), with what it printed.
 *
 * @param code its exit code
 * @param out  what it printed on standard output
 * @param err  what it printed on standard error
 */
record ToolRun(int code, String out, String err) {

    /** Runs {@code kdring COMMAND ARGS...}. */
    static ToolRun command(String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return of(all);
    }

    /** Runs {@code kdring ARGS...}: the command's name first, then its arguments. */
    static ToolRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ToolRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Asserts that this run was a usage error of {@code command} ({@code "kdring decode"}, or {@code "kdring"}
     * without one): exit code 2, nothing on standard output, and one line on standard error that starts with
     * the command's name and points to its {@code --help}.
     */
    void assertUsageError(String command) {
        assertEquals(2, code, err);
        assertEquals("", out);
        assertEquals(1, errLines().size(), err);
        assertTrue(err.startsWith(command + ": ") && err.contains("'" + command + " --help'"), err);
    }

    List<String> lines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
