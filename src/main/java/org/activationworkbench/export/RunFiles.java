package org.activationworkbench.export;

import org.activationworkbench.core.NumberText;

import org.activationworkbench.io.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.io.StagedFolder;
import org.activationworkbench.nn.Blas;
import org.activationworkbench.train.PhaseChange;
import org.activationworkbench.plot.RunPlots;
import org.activationworkbench.plot.RunInfo;
import org.activationworkbench.plot.Figure;

/**
 * The files `train` leaves in its output folder (shared/spec/cli.md): metrics.csv, activations.csv,
 * parameters.csv, phases.csv, run.json, model.json and the activation and loss plots, written as one change:
 * the folder holds either the old run or the whole new one.
 */
public final class RunFiles {

    /** Points per sampled curve in activations.csv. */
    public static final int CURVE_POINTS = RunTables.CURVE_POINTS;
    /** Weights, activation parameters, standardisation and config of the trained network. */
    public static final String MODEL_JSON = "model.json";
    /** Each spline layer's knot grid per written epoch (only for bspline runs). */
    public static final String GRIDS_CSV = "grids.csv";
    /** Most epochs whose activations and parameters are written, unless every epoch is asked for. */
    public static final int MAX_WRITTEN_SNAPSHOTS = 200;

    private RunFiles() {
    }

    /** As {@link #write(Path, Experiment, RunResult, boolean)} with the snapshots thinned. */
    public static void write(Path dir, Experiment experiment, RunResult result) throws IOException {
        write(dir, experiment, result, false);
    }

    /**
     * Writes the run's files into {@code dir} as one change ({@link StagedFolder}): the folder holds the old run
     * until every new file is ready, then the new one; run.json, with the list of the files, comes last.
     *
     * @param everyEpoch write the activations and parameters at every epoch; false = at most
     *                   {@link #MAX_WRITTEN_SNAPSHOTS} epochs spread over the run ({@link #spread})
     */
    public static void write(Path dir, Experiment experiment, RunResult result, boolean everyEpoch) throws IOException {
        List<Snapshot> snapshots = everyEpoch ? result.epochSnapshots()
                : spread(result.epochSnapshots(), MAX_WRITTEN_SNAPSHOTS);
        try (StagedFolder staged = StagedFolder.begin(dir, RunManifest.RUN_JSON)) {
            Path s = staged.dir();
            AtomicFiles.writeString(s.resolve("metrics.csv"), metricsCsv(result.metrics()));
            RunTables.writeActivations(experiment.activation(), snapshots, s.resolve("activations.csv"),
                    ExportProgress.NONE);
            RunTables.writeParameters(experiment.activation(), snapshots, s.resolve("parameters.csv"),
                    ExportProgress.NONE);
            RunTables.writeGrids(snapshots, s.resolve(GRIDS_CSV));
            AtomicFiles.writeString(s.resolve("phases.csv"), phasesCsv(result.phases()));
            ModelFile.write(SavedModel.capture(experiment), s.resolve(MODEL_JSON));
            writePlots(s, experiment, result, snapshots);
            AtomicFiles.writeString(s.resolve(RunManifest.RUN_JSON), runJson(experiment, result, RunManifest.of(s)));
            staged.commit();
        }
    }

    /**
     * At most {@code max} snapshots spread evenly over the run: every k-th one from the first, plus the last, with
     * the smallest k that fits (an 800-epoch run keeps epochs 0, 5, 10, …, 800).
     */
    static List<Snapshot> spread(List<Snapshot> all, int max) {
        int n = all.size();
        if (n <= max) return all;
        int stride = (n - 1 + max - 2) / (max - 1);
        List<Snapshot> kept = new ArrayList<>();
        for (int i = 0; i < n - 1; i += stride) kept.add(all.get(i));
        kept.add(all.get(n - 1));
        return kept;
    }

    /** activations.png/.svg and loss.png/.svg: the final learned activations and the loss curves. */
    private static void writePlots(Path dir, Experiment e, RunResult result, List<Snapshot> snapshots)
            throws IOException {
        RunInfo info = RunInfo.of(e);
        Map<String, String> meta = RunPlots.metadata(info, result.last().epoch());
        Figure acts = RunPlots.activationFigure(info, snapshots, RunPlots.ALL_LAYERS);
        PlotExporter.writePng(acts, dir.resolve("activations.png"), 2, meta);
        PlotExporter.writeSvg(acts, dir.resolve("activations.svg"), meta);
        Figure loss = RunPlots.lossFigure(info, result.metrics());
        PlotExporter.writePng(loss, dir.resolve("loss.png"), 2, meta);
        PlotExporter.writeSvg(loss, dir.resolve("loss.svg"), meta);
    }

    static String metricsCsv(List<MetricsRow> rows) {
        StringBuilder sb = new StringBuilder("step,epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy\n");
        for (MetricsRow r : rows) {
            sb.append(r.step()).append(',').append(NumberText.cell(r.epoch())).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", r.seconds())).append(',')
                    .append(NumberText.cell(r.trainLoss())).append(',').append(NumberText.cell(r.testLoss())).append(',')
                    .append(NumberText.cell(r.trainAccuracy())).append(',').append(NumberText.cell(r.testAccuracy())).append('\n');
        }
        return sb.toString();
    }

    /** The procedure's phase changes (step,epoch,phase): metrics.csv's header is a contract, so they go here. */
    static String phasesCsv(List<PhaseChange> phases) {
        StringBuilder sb = new StringBuilder("step,epoch,phase\n");
        for (PhaseChange p : phases) {
            sb.append(p.step()).append(',').append(NumberText.cell(p.epoch())).append(',').append(p.phase()).append('\n');
        }
        return sb.toString();
    }


    static String runJson(Experiment e, RunResult result, Map<String, RunManifest.Entry> files) throws IOException {
        Dataset d = e.dataset();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", org.activationworkbench.core.Version.get());
        root.put("config", e.config());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", d.name());
        data.put("description", d.description());
        data.put("task", d.task().label());
        data.put("inputs", d.inputs());
        data.put("outputs", d.outputs());
        data.put("classNames", d.classNames());
        data.put("trainRows", d.train().rows());
        data.put("testRows", d.test().rows());
        data.put("source", d.source());
        data.put("license", d.license());
        data.put("checksum", d.checksum());
        data.put("standardisation", d.standardisation());
        root.put("dataset", data);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("summary", e.network().summary());
        model.put("activation", e.activation().displayName());
        model.put("sharing", e.sharing().label());
        model.put("weightParameters", e.network().weightParameterCount());
        model.put("activationParameters", e.network().activationParameterCount());
        // per activation layer: the share of the training inputs outside its grid (bspline) or working range
        model.put("outsideShares", e.outsideShares());
        root.put("model", model);
        Map<String, Object> procedure = new LinkedHashMap<>();
        procedure.put("name", e.session().procedure().name());
        procedure.put("phases", result.phases());
        procedure.putAll(result.procedure().details());
        root.put("procedure", procedure);
        Map<String, Object> fin = new LinkedHashMap<>();
        MetricsRow last = result.last();
        fin.put("step", last.step());
        fin.put("epoch", last.epoch());
        fin.put("trainLoss", finite(last.trainLoss()));
        fin.put("testLoss", finite(last.testLoss()));
        fin.put("trainAccuracy", finite(last.trainAccuracy()));
        fin.put("testAccuracy", finite(last.testAccuracy()));
        fin.put("seconds", result.seconds());
        fin.put("diverged", result.diverged());
        if (result.diverged()) fin.put("divergence", result.divergence());
        root.put("final", fin);
        root.put("blas", Blas.implementation());
        root.put("files", files);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(root) + "\n";
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
