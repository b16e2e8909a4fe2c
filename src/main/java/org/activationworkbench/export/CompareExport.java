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
import org.activationworkbench.experiment.LayerSnapshot;
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
import org.activationworkbench.stats.Summary;

/**
 * The files of a comparison: compare.csv (one row per run), compare-summary.csv (one row per group: mean, sd,
 * 95 % interval and range across seeds), curves.png/.svg (mean and min/max band per group) and
 * activations.png/.svg (each group's final activation of hidden layer 1, first run, side by side).
 */
public final class CompareExport {

    public static final String TABLE = "compare.csv";
    public static final String SUMMARY = "compare-summary.csv";

    private CompareExport() {
    }

    public static void write(Path dir, List<CompareRunner.Outcome> outcomes, double targetLoss, double scale)
            throws IOException {
        Files.createDirectories(dir);
        List<CompareSummary.Row> rows = CompareSummary.table(outcomes, targetLoss);
        RunTables.write(table(rows), dir.resolve(TABLE));
        RunTables.write(summaryTable(CompareSummary.groups(rows), "family"), dir.resolve(SUMMARY));
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

    /**
     * "spiral · hidden 16,16 · 3 seeds per group": what every figure of a comparison says under its title. When the
     * networks' widths differ (matched parameter counts) it gives the range of total parameters instead.
     */
    public static String subtitle(List<CompareRunner.Outcome> outcomes) {
        Experiment first = outcomes.get(0).experiment();
        boolean sameWidths = outcomes.stream().allMatch(o -> java.util.Arrays.equals(o.experiment().network().hidden(),
                first.network().hidden()));
        String size;
        if (sameWidths) {
            size = "hidden " + RunInfo.of(first).hiddenText();
        } else {
            long lo = Long.MAX_VALUE, hi = 0;
            for (CompareRunner.Outcome o : outcomes) {
                long n = o.experiment().network().weightParameterCount() + o.experiment().network().activationParameterCount();
                lo = Math.min(lo, n);
                hi = Math.max(hi, n);
            }
            size = String.format(java.util.Locale.ROOT, "widths matched: %,d–%,d parameters", lo, hi);
        }
        return first.dataset().name() + " · " + size + " · " + seedsText(outcomes) + " per group";
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
        StringColumn hidden = StringColumn.create("hidden");
        StringColumn unmatched = StringColumn.create("unmatched_total_parameters");
        for (CompareSummary.Row r : rows) {
            group.append(r.group());
            seed.append(r.seed());
            actParams.append(r.activationParameters());
            total.append(r.totalParameters());
            trainLoss.append(NumberText.cell(r.trainLoss()));
            testLoss.append(NumberText.cell(r.testLoss()));
            trainAcc.append(NumberText.cell(r.trainAccuracy()));
            testAcc.append(NumberText.cell(r.testAccuracy()));
            secs.append(significant(r.secondsPerEpoch(), 3));
            steps.append(r.stepsToTarget() < 0 ? "" : Long.toString(r.stepsToTarget()));
            diverged.append(r.diverged());
            hidden.append(java.util.Arrays.stream(r.hidden()).mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(" ")));
            unmatched.append(r.unmatchedParameters() < 0 ? "" : Long.toString(r.unmatchedParameters()));
        }
        return Table.create("compare", group, seed, actParams, total, trainLoss, testLoss, trainAcc, testAcc, secs,
                steps, diverged, hidden, unmatched);
    }

    /** The metrics compare-summary.csv summarises, by column prefix. */
    private static final List<String> METRICS = List.of("test_accuracy", "test_loss", "train_accuracy", "train_loss",
            "seconds_per_epoch");

    /**
     * compare-summary.csv: per group n, diverged, total_parameters, then for each metric its mean, sd, 95 %
     * interval (Student t) and min/max over the runs that did not diverge. Empty cells where there is nothing
     * (accuracy of regression; sd and interval of a single run).
     */
    public static Table summaryTable(List<CompareSummary.GroupStats> groups, String groupColumn) {
        StringColumn group = StringColumn.create(groupColumn);
        LongColumn n = LongColumn.create("n");
        LongColumn diverged = LongColumn.create("diverged");
        LongColumn total = LongColumn.create("total_parameters");
        List<StringColumn> cols = new ArrayList<>();
        for (String m : METRICS) {
            for (String stat : List.of("mean", "sd", "ci95_low", "ci95_high", "min", "max")) {
                cols.add(StringColumn.create(m + "_" + stat));
            }
        }
        for (CompareSummary.GroupStats g : groups) {
            group.append(g.group());
            n.append(g.n());
            diverged.append(g.diverged());
            total.append(g.totalParameters());
            int c = 0;
            for (Summary s : List.of(g.testAccuracy(), g.testLoss(), g.trainAccuracy(), g.trainLoss(), g.secondsPerEpoch())) {
                boolean secs = c == 4 * 6;
                for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.min(), s.max()}) {
                    cols.get(c++).append(secs ? significant(v, 3) : NumberText.cell(v));
                }
            }
        }
        Table t = Table.create("compare-summary", group, n, diverged, total);
        for (StringColumn col : cols) t.addColumns(col);
        return t;
    }

    /** v rounded to the given significant digits, in plain notation ("0.00123", "1230"); empty for NaN. */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) return "";
        if (v == 0) return "0";
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).toPlainString();
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
            LayerSnapshot now = s.get(s.size() - 1).layers().get(0);
            LayerSnapshot init = s.get(0).layers().get(0);
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
