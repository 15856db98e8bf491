package kdring.tools;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every kdring command shares: {@code -h}/{@code --help}, its output streams, and the two ways to
 * end badly: {@link #badInput} for a usage error, {@link #fail} for work or input that failed. A command
 * object serves one run, on the thread that runs it.
 */
abstract class ToolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Where results go. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where errors and warnings go. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error, reported by {@link Main} in one line with exit code 2; throw it. */
    ParameterException badInput(String problem) {
        return new ParameterException(spec.commandLine(), problem);
    }

    /**
     * Prints {@code problem} after the command's name.
     *
     * @param exitCode {@link Main#FAILED} or {@link Main#BAD_INPUT}
     * @return {@code exitCode}
     */
    int fail(int exitCode, String problem) {
        err().println(spec.qualifiedName() + ": " + problem);
        return exitCode;
    }
}
