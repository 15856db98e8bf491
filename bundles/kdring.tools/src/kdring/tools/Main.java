package kdring.tools;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The one entry point of kdring's command-line tools: {@code kdring.tools.Main COMMAND [OPTIONS]}, with the
 * commands {@code decode}, {@code probe}, {@code bench}, {@code bench-api}, {@code export}, {@code dump}, {@code soak} and {@code fuzz}. The
 * {@code ./kdring} launcher runs it with a plain class path of the service product's bundles, without OSGi.
 *
 * <p>Every command answers {@code --help}. Exit codes, the same for all: 0 done, 1 the work failed (a VM
 * would not boot, an output could not be written), 2 bad arguments or bad input; bad arguments get one
 * line on standard error that names the command and its {@code --help}.
 */
@Command(name = "kdring", subcommands = { DecodeCommand.class, ProbeCommand.class, BenchCommand.class,
    BenchApiCommand.class, ExportCommand.class, DumpCommand.class, KdCommand.class, SoakCommand.class, FuzzCommand.class }, synopsisSubcommandLabel = "COMMAND",
        description = "kdring's command-line tools. Run 'kdring COMMAND --help' for one command's options.")
public final class Main implements Runnable {

    /** Exit code of a command whose work failed. */
    public static final int FAILED = 1;
    /** Exit code for bad arguments or bad input. */
    public static final int BAD_INPUT = 2;

    /** Columns of the help text. */
    private static final int HELP_WIDTH = 110;

    @Spec
    private CommandSpec spec;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** Runs the command named by {@code args} and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command named by {@code args}, printing to {@code out} and {@code err}.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = writer(out);
        PrintWriter errWriter = writer(err);
        CommandLine commandLine = new CommandLine(new Main()).setOut(outWriter).setErr(errWriter)
                .setParameterExceptionHandler(Main::badArguments).setUsageHelpWidth(HELP_WIDTH);
        layOut(commandLine);
        commandLine.getSubcommands().values().forEach(Main::layOut);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** One help layout for every command: options in the order they are declared, sections apart. */
    private static void layOut(CommandLine commandLine) {
        UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
        usage.sortOptions(false).longOptionsMaxWidth(26).descriptionHeading("%n")
                .parameterListHeading("%nArguments:%n").optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n");
        if (usage.footer().length > 0) {
            usage.footerHeading("%n");
        }
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }

    /** Without a command: the list of commands, as a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "name a command: decode, probe, bench, bench-api, export, dump, soak or fuzz");
    }

    /** One line: which command, what is wrong, where the help is. */
    private static int badArguments(ParameterException problem, String[] args) {
        CommandSpec command = problem.getCommandLine().getCommandSpec();
        problem.getCommandLine().getErr().println(command.qualifiedName() + ": " + problem.getMessage() + " (see '"
                + command.qualifiedName() + " --help')");
        return BAD_INPUT;
    }
}
