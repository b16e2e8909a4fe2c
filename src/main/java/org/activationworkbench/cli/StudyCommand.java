package org.activationworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.activationworkbench.io.OutputTarget;
import org.activationworkbench.study.Studies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "study", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a reproduction study (spline-vs-relu, spline-procedures, depth-scaling, fgsm, variance, slaf); "
                + "write report.md, results.csv and figures into --out.")
final class StudyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The study: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Names.class)
    String name;

    @Option(names = "--quick", description = "A smoke-test size that runs in under a minute.")
    boolean quick;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for report.md, results.csv and figures.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Studies.byName(name);   // an unknown name is a user error before any work starts
        OutputTarget.checkFolderWritable("--out", out);
        boolean terminal = System.console() != null;
        Path report = Studies.run(name, quick, out, (done, total, message) -> {
            if (terminal) {
                System.err.print("\r" + name + " " + done + "/" + total + "  " + message + "                    ");
                System.err.flush();
            }
        }, () -> false);
        if (terminal) System.err.println();
        System.out.println("wrote " + report);
        return 0;
    }

    /** The study names, for --help. */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Studies.names().iterator();
        }
    }
}
