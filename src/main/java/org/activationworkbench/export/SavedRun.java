package org.activationworkbench.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.io.FileKinds;
import org.activationworkbench.plot.RunInfo;

/**
 * A run as the exports see it: how to describe it, its metrics, its snapshots (epoch 0 first) and the final
 * model. Built from a live experiment, a workbench file, or a folder written by `train`.
 */
public record SavedRun(RunInfo info, List<MetricsRow> metrics, List<Snapshot> snapshots, SavedModel model) {

    public SavedRun {
        metrics = List.copyOf(metrics);
        snapshots = List.copyOf(snapshots);
        if (snapshots.isEmpty()) throw new IllegalArgumentException("a run needs at least one snapshot");
        snapshots = withModelActivations(snapshots, model, info.activation());
    }

    /**
     * The last snapshot is the saved model: its activations are the model's own (a spline's grid that followed its
     * inputs, activation surgery's formulas), which a file keeps in the model only, so readings and plots of the
     * final state show what the network computes.
     */
    private static List<Snapshot> withModelActivations(List<Snapshot> snapshots, SavedModel model,
                                                       org.activationworkbench.activation.Activation fallback) {
        if (model == null || model.activations() == null
                || model.activations().stream().allMatch(a -> a.formulas() == null && a.grid() == null)) {
            return snapshots;
        }
        Snapshot last = snapshots.get(snapshots.size() - 1);
        List<org.activationworkbench.experiment.LayerSnapshot> layers = new java.util.ArrayList<>();
        for (org.activationworkbench.experiment.LayerSnapshot l : last.layers()) {
            boolean own = l.activation() != null || l.layer() >= model.activations().size();
            layers.add(own ? l : new org.activationworkbench.experiment.LayerSnapshot(l.layer(), l.units(), l.sharing(),
                    l.params(), l.histogram(), model.activations().get(l.layer()).activation(l.activationOr(fallback))));
        }
        List<Snapshot> out = new java.util.ArrayList<>(snapshots);
        out.set(out.size() - 1, new Snapshot(last.step(), last.epoch(), last.seconds(), last.metrics(), List.copyOf(layers)));
        return List.copyOf(out);
    }

    public static SavedRun of(Experiment e, RunResult r) {
        return new SavedRun(RunInfo.of(e), r.metrics(), r.epochSnapshots(), SavedModel.capture(e));
    }

    public static SavedRun of(SavedSession s) {
        return new SavedRun(RunInfo.of(s.model()), s.metrics(), s.snapshots(), s.model());
    }

    /** The files {@link #open} reads of a `train` folder. */
    public static final List<String> FOLDER_INPUTS = List.of(RunFiles.MODEL_JSON, "metrics.csv", "parameters.csv");

    /**
     * Opens a .awb workbench file or a `train` output folder (model.json, metrics.csv, parameters.csv, checked
     * against run.json first: an incomplete folder, or one that mixes two runs, is refused).
     */
    public static SavedRun open(Path path) throws IOException {
        FileKinds.Kind kind = kindOf(path);
        if (kind == FileKinds.Kind.DIRECTORY) {
            Path grids = path.resolve(RunFiles.GRIDS_CSV);
            List<String> inputs = new ArrayList<>(FOLDER_INPUTS);
            if (Files.exists(grids)) inputs.add(RunFiles.GRIDS_CSV);
            RunManifest.check(path, inputs);
            SavedModel m = ModelFile.read(path.resolve(RunFiles.MODEL_JSON));
            List<MetricsRow> metrics = RunTableReader.metrics(path.resolve("metrics.csv"));
            List<Snapshot> snaps = RunTableReader.snapshots(path.resolve("parameters.csv"), grids, m, metrics);
            if (snaps.isEmpty()) throw new IOException(path.resolve("parameters.csv") + " has no rows; run train again");
            return new SavedRun(RunInfo.of(m), metrics, snaps, m);
        }
        return of(WorkbenchFile.open(path));
    }

    /** The files a run at {@code path} consists of: a .awb file itself, or what {@link #open} reads of a folder. */
    public static List<Path> inputFiles(Path path) {
        if (!Files.isDirectory(path)) return List.of(path);
        return FOLDER_INPUTS.stream().map(path::resolve).toList();
    }

    private static FileKinds.Kind kindOf(Path path) throws IOException {
        try {
            return FileKinds.of(path);
        } catch (IOException e) {
            throw new IOException("cannot open " + FileKinds.message(path, e), e);
        }
    }

    public Snapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }
}
