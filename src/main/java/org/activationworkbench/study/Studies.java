package org.activationworkbench.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The reproduction studies by name, and the one entry point the CLI and the window's Studies menu call.
 */
public final class Studies {

    private static final List<Study> ALL = List.of(new SplineVsReluStudy(), new SplineProceduresStudy(),
            new DepthScalingStudy(), new FgsmStudy(), new VarianceStudy(), new SlafStudy());

    private Studies() {
    }

    public static List<Study> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Study::name).toList();
    }

    public static Study byName(String name) {
        for (Study s : ALL) {
            if (s.name().equalsIgnoreCase(name)) return s;
        }
        throw new IllegalArgumentException("unknown study '" + name + "'; known: " + String.join(", ", names()));
    }

    /**
     * Runs a study and writes report.md, results.csv and its figures into outDir.
     *
     * @param quick    a smoke-test size (under a minute) instead of the default (under fifteen minutes of an idle
     *                 two-core machine; each report gives its wall time, CPU time and the machine's load)
     * @param progress told (done, total, message) from worker threads; may be null
     * @param cancel   polled between epochs and steps; when it turns true the study stops with
     *                 {@link StudyCancelledException}
     * @return the report file
     */
    public static Path run(String name, boolean quick, Path outDir, StudyProgress progress, BooleanSupplier cancel)
            throws IOException {
        Study s = byName(name);
        StudyContext context = new StudyContext(s.name(), quick, outDir, progress, cancel);
        s.run(context);
        return outDir.resolve(StudyReport.FILE);
    }
}
