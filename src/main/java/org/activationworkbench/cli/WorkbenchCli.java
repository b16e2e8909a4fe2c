package org.activationworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.activationworkbench.core.MemoryBudget;
import org.activationworkbench.core.Version;
import org.activationworkbench.io.FileKinds;

/**
 * The headless command line (shared/spec/cli.md). Any user error ends with exit status 2 and one line on
 * stderr starting with "error: "; `--debug` anywhere on the line adds the stack trace.
 */
@Command(name = "activation-workbench", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Train small networks with learnable activation functions, headless.",
        subcommands = {FamiliesCommand.class, DatasetsCommand.class, CurveCommand.class, TrainCommand.class,
                BenchCommand.class, ExportCommand.class, CompareCommand.class, StudyCommand.class,
                SymbolicCommand.class})
public final class WorkbenchCli implements Runnable {

    public static final int USER_ERROR = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The headless command line on its own (a relaunched `bench` runs this; users start the Launcher). */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args));
    }

    public static int execute(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove("--debug");
        CommandLine cli = commandLine();
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + oneLine(ex.getMessage())
                    + " (see `" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help`)");
            if (debug) ex.printStackTrace(err);
            err.flush();
            return USER_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            PrintWriter err = c.getErr();
            err.println("error: " + describe(ex));
            if (debug) ex.printStackTrace(err);
            err.flush();
            return USER_ERROR;
        });
        try {
            return cli.execute(rest.toArray(String[]::new));
        } catch (OutOfMemoryError e) {
            // an Error, not an Exception: picocli's handlers never see it
            PrintWriter err = cli.getErr();
            err.println("error: " + describe(e));
            if (debug) e.printStackTrace(err);
            err.flush();
            return USER_ERROR;
        }
    }

    /** The command tree with every flag, the ones made from declared options included. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WorkbenchCli());
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommand() instanceof TakesSchemaFlags t) t.schemaFlags().addTo(sub.getCommandSpec());
        }
        return cli;
    }

    /** The user-facing sentence for an exception: its message, or what kind of failure it was. */
    static String describe(Throwable ex) {
        if (ex instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return oneLine(FileKinds.message(java.nio.file.Path.of(fs.getFile()), fs));
        }
        if (ex instanceof OutOfMemoryError) {
            return MemoryBudget.tooLarge("the data, the network or its batches")
                    + "; or use a smaller dataset, batch or network";
        }
        String m = ex.getMessage();
        if (m == null || m.isBlank()) m = ex.getClass().getSimpleName() + " (run again with --debug for details)";
        return oneLine(m);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').trim();
    }
}
