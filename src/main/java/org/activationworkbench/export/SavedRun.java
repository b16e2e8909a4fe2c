package org.activationworkbench.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.ModelState;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.WorkbenchState;
import org.activationworkbench.plot.RunInfo;

/**
 * A run as the exports see it: how to describe it, its metrics, its snapshots (epoch 0 first) and the final
 * model. Built from a live experiment, a workbench file, or a folder written by `train`.
 */
public record SavedRun(RunInfo info, List<MetricsRow> metrics, List<Snapshot> snapshots, ModelState model) {

    public SavedRun {
        metrics = List.copyOf(metrics);
        snapshots = List.copyOf(snapshots);
        if (snapshots.isEmpty()) throw new IllegalArgumentException("a run needs at least one snapshot");
    }

    public static SavedRun of(Experiment e, RunResult r) {
        return new SavedRun(RunInfo.of(e), r.metrics(), r.epochSnapshots(), ModelState.capture(e));
    }

    public static SavedRun of(WorkbenchState s) {
        return new SavedRun(RunInfo.of(s.model()), s.metrics(), s.snapshots(), s.model());
    }

    /** Opens a .awb workbench file or a `train` output folder (model.json, metrics.csv, parameters.csv). */
    public static SavedRun open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            Path model = path.resolve(RunFiles.MODEL_JSON);
            for (String need : List.of(RunFiles.MODEL_JSON, "metrics.csv", "parameters.csv")) {
                if (!Files.isRegularFile(path.resolve(need))) {
                    throw new IOException(path + " is not a complete run folder: " + need
                            + " is missing (train writes it; run train again with this version)");
                }
            }
            ModelState m = ModelFile.read(model);
            List<MetricsRow> metrics = RunTables.readMetrics(path.resolve("metrics.csv"));
            List<Snapshot> snaps = RunTables.readSnapshots(path.resolve("parameters.csv"), m, metrics);
            if (snaps.isEmpty()) throw new IOException(path.resolve("parameters.csv") + " has no rows");
            return new SavedRun(RunInfo.of(m), metrics, snaps, m);
        }
        if (!Files.exists(path)) throw new java.nio.file.NoSuchFileException(path.toString());
        return of(WorkbenchFile.open(path));
    }

    public Snapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }
}
