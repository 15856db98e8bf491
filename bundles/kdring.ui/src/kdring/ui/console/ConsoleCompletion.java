package kdring.ui.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Tab completion of a {@code kd>} line: the command in first position; after a command, register names
 * ({@code r}) or register and module names (commands that take an address: {@code db}, {@code bp}, {@code g}
 * ...), a module completing to {@code module!} so that the export can follow. Pure: the console view gives it
 * the words it knows. Thread-safe.
 */
public final class ConsoleCompletion {

    /** Commands whose argument is an address expression. */
    private static final List<String> ADDRESS_COMMANDS = List.of("db", "dd", "dq", "dw", "da", "du", "bp", "bu", "g",
            "u", "ub", "uf", "ln");

    private final List<String> commands;
    private final List<String> registers;
    private final List<String> modules;

    /**
     * @param commands  the console's commands
     * @param registers the target's register names
     * @param modules   the loaded modules' short names ({@code nt}, {@code hal})
     */
    public ConsoleCompletion(Collection<String> commands, Collection<String> registers, Collection<String> modules) {
        this.commands = List.copyOf(commands);
        this.registers = List.copyOf(registers);
        this.modules = List.copyOf(modules);
    }

    /**
     * What completing a line offers.
     *
     * @param start      where the word being completed starts in the line
     * @param candidates the words it may become, sorted; empty when none fits
     */
    public record Result(int start, List<String> candidates) {

        /**
         * @return the line with the word replaced by the candidates' longest common prefix (the one candidate, and
         *         a space after a command, when only one fits); the line unchanged when none fits
         */
        public String apply(String line) {
            if (candidates.isEmpty()) {
                return line;
            }
            String common = candidates.get(0);
            for (String c : candidates) {
                int i = 0;
                while (i < common.length() && i < c.length()
                        && Character.toLowerCase(common.charAt(i)) == Character.toLowerCase(c.charAt(i))) {
                    i++;
                }
                common = common.substring(0, i);
            }
            String word = line.substring(start);
            if (common.length() < word.length()) {
                return line;
            }
            boolean whole = candidates.size() == 1 && start == 0;
            String completed = candidates.size() == 1 ? common : word + common.substring(word.length());
            return line.substring(0, start) + completed + (whole ? " " : ""); // several: the typed case is kept
        }
    }

    /** Completes the last word of {@code line} (the caret is at its end). */
    public Result complete(String line) {
        int start = Math.max(Math.max(line.lastIndexOf(' '), line.lastIndexOf('+')), line.lastIndexOf('-')) + 1;
        String word = line.substring(start);
        String before = line.substring(0, start).strip();
        List<String> pool = new ArrayList<>();
        if (before.isEmpty()) {
            pool.addAll(commands);
        } else {
            String command = before.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (command.equals("r")) {
                pool.addAll(registers);
            } else if (ADDRESS_COMMANDS.contains(command) && !word.contains("!")) {
                boolean at = word.startsWith("@");
                for (String register : registers) {
                    pool.add(at ? "@" + register : register);
                }
                if (!at) {
                    modules.forEach(m -> pool.add(m + "!"));
                }
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        TreeSet<String> fitting = new TreeSet<>();
        for (String candidate : pool) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(lower)) {
                fitting.add(candidate);
            }
        }
        return new Result(start, List.copyOf(fitting));
    }
}
