package org.activationworkbench.export;

import org.activationworkbench.core.NumberText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.CompareRunner;
import org.activationworkbench.experiment.CompareSummary;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.LayerState;
import org.activationworkbench.experiment.Snapshot;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.activationworkbench.plot.ActivationPanel;
import org.activationworkbench.plot.InputRange;
import org.activationworkbench.plot.ActivationPlot;
import org.activationworkbench.plot.CompareCurvesPlot;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.LayerActivations;
import org.activationworkbench.plot.RunInfo;
import org.activationworkbench.plot.RunPlots;

/**
 * The files of a comparison: compare.csv (one row per run), curves.png/.svg (mean and min/max band per group)
 * and activations.png/.svg (each group's final activation of hidden layer 1, first run, side by side).
 */
public final class CompareExport {

    public static final String TABLE = "compare.csv";

    private CompareExport() {
    }

    public static void write(Path dir, List<CompareRunner.Outcome> outcomes, double targetLoss, double scale)
            throws IOException {
        Files.createDirectories(dir);
        RunTables.write(table(CompareSummary.table(outcomes, targetLoss)), dir.resolve(TABLE));
        Experiment first = outcomes.get(0).experiment();
        String subtitle = subtitle(outcomes);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Title", "Activation Workbench comparison on " + first.dataset().name());
        meta.put("dataset", first.dataset().name());
        meta.put("groups", String.join(",", groups(outcomes)));
        Figure curves = new CompareCurvesPlot("Comparison — test metrics", subtitle, CompareSummary.curves(outcomes));
        PlotExporter.writePng(curves, dir.resolve("curves.png"), scale, meta);
        PlotExporter.writeSvg(curves, dir.resolve("curves.svg"), meta);
        Figure acts = activations(outcomes, subtitle);
        PlotExporter.writePng(acts, dir.resolve("activations.png"), scale, meta);
        PlotExporter.writeSvg(acts, dir.resolve("activations.svg"), meta);
    }

    /** "spiral · hidden 16,16 · 3 seeds per group": what every figure of a comparison says under its title. */
    public static String subtitle(List<CompareRunner.Outcome> outcomes) {
        Experiment first = outcomes.get(0).experiment();
        return first.dataset().name() + " · hidden " + RunInfo.of(first).hiddenText() + " · "
                + seedsText(outcomes) + " per group";
    }

    /** compare.csv: group,seed,activation_parameters,total_parameters,train_loss,test_loss,... one row per run. */
    public static Table table(List<CompareSummary.Row> rows) {
        return table(rows, "family");
    }

    /** As {@link #table(List)}, naming the first column after what varied (family, procedure, optimizer). */
    public static Table table(List<CompareSummary.Row> rows, String groupColumn) {
        StringColumn group = StringColumn.create(groupColumn);
        LongColumn seed = LongColumn.create("seed");
        LongColumn actParams = LongColumn.create("activation_parameters");
        LongColumn total = LongColumn.create("total_parameters");
        StringColumn trainLoss = StringColumn.create("train_loss");
        StringColumn testLoss = StringColumn.create("test_loss");
        StringColumn trainAcc = StringColumn.create("train_accuracy");
        StringColumn testAcc = StringColumn.create("test_accuracy");
        StringColumn secs = StringColumn.create("seconds_per_epoch");
        StringColumn steps = StringColumn.create("steps_to_target");
        BooleanColumn diverged = BooleanColumn.create("diverged");
        for (CompareSummary.Row r : rows) {
            group.append(r.group());
            seed.append(r.seed());
            actParams.append(r.activationParameters());
            total.append(r.totalParameters());
            trainLoss.append(NumberText.cell(r.trainLoss()));
            testLoss.append(NumberText.cell(r.testLoss()));
            trainAcc.append(NumberText.cell(r.trainAccuracy()));
            testAcc.append(NumberText.cell(r.testAccuracy()));
            secs.append(String.format(java.util.Locale.ROOT, "%.4f", r.secondsPerEpoch()));
            steps.append(r.stepsToTarget() < 0 ? "" : Long.toString(r.stepsToTarget()));
            diverged.append(r.diverged());
        }
        return Table.create("compare", group, seed, actParams, total, trainLoss, testLoss, trainAcc, testAcc, secs,
                steps, diverged);
    }

    /**
     * One panel per group: its first run's final activation of hidden layer 1 (first neuron for neuron sharing), each
     * labelled with its seed (and neuron), all on one x-range (every group's working range and inputs) so the shapes
     * compare by eye.
     */
    public static ActivationPlot activations(List<CompareRunner.Outcome> outcomes, String subtitle) {
        List<CompareRunner.Outcome> firsts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        for (CompareRunner.Outcome o : outcomes) {
            if (seen.contains(o.entry().group())) continue;
            seen.add(o.entry().group());
            firsts.add(o);
            List<Snapshot> s = o.result().epochSnapshots();
            ranges.add(InputRange.of(o.experiment().activation().workingRange(),
                    java.util.Arrays.asList(s.get(s.size() - 1).layers().get(0).histogram())));
        }
        double[] x = {ranges.stream().mapToDouble(r -> r[0]).min().orElse(-3),
                ranges.stream().mapToDouble(r -> r[1]).max().orElse(3)};
        List<LayerActivations> panels = new ArrayList<>();
        for (CompareRunner.Outcome o : firsts) {
            Activation a = o.experiment().activation();
            List<Snapshot> s = o.result().epochSnapshots();
            LayerState now = s.get(s.size() - 1).layers().get(0);
            LayerState init = s.get(0).layers().get(0);
            String label = o.entry().group() + " · seed " + o.entry().config().training().seed()
                    + (now.vectors() > 1 ? " · neuron 1" : "");
            panels.add(new LayerActivations(label, List.of(new ActivationPanel(label, RunPlots.view(a, now, 0, x),
                    a.learnable() ? RunPlots.view(a, init, 0, x) : null, List.of(), null))));
        }
        return new ActivationPlot("Final activations — hidden layer 1", subtitle, panels);
    }

    private static List<String> groups(List<CompareRunner.Outcome> outcomes) {
        return outcomes.stream().map(o -> o.entry().group()).distinct().toList();
    }

    private static String seedsText(List<CompareRunner.Outcome> outcomes) {
        long n = outcomes.stream().filter(o -> o.entry().group().equals(outcomes.get(0).entry().group())).count();
        return n == 1 ? "1 seed" : n + " seeds";
    }
}
