package org.activationworkbench.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.plot.BarChart;

/**
 * Self-learnable polynomial activations (SLAF) of degree 2 to 5 against ReLU: where training stays finite, with
 * the family's default gradient clipping and without it, and how accurate it gets.
 */
public final class SlafStudy implements Study {

    /** @param dataset the label in the report; "-deep" marks a deeper network on the same data */
    record Task(String dataset, DataOptions data, int[] hidden, int epochs, int batch, double lr, int seeds) {
        String datasetName() {
            return dataset.replace("-deep", "");
        }
    }

    private static final int[] DEGREES = {2, 3, 4, 5};
    /** The family's default clipping in `train` (global gradient norm 1), and none. */
    private static final double[] CLIPS = {1.0, 0.0};

    @Override
    public String name() {
        return "slaf";
    }

    @Override
    public String title() {
        return "Polynomial (SLAF) activations of degree 2 to 5";
    }

    List<Task> tasks(boolean quick) {
        if (quick) {
            return List.of(new Task("xor", DataOptions.defaults().withSamples(200), new int[] {8, 8}, 5, 32, 0.01, 1),
                    new Task("digits", DataOptions.defaults(), new int[] {16}, 1, 32, 0.01, 1));
        }
        return List.of(new Task("xor", DataOptions.defaults(), new int[] {8, 8}, 60, 32, 0.01, 2),
                new Task("digits", DataOptions.defaults(), new int[] {32, 32}, 30, 32, 0.01, 2),
                // four layers compose the polynomial four times (degree 5 → degree 625): where blow-ups should show
                new Task("digits-deep", DataOptions.defaults(), new int[] {32, 32, 32, 32}, 30, 32, 0.01, 2),
                new Task("fashion-mnist-small", DataOptions.defaults(), new int[] {64, 64}, 10, 128, 0.001, 2));
    }

    @Override
    public void run(StudyContext ctx) throws IOException {
        List<Task> tasks = tasks(ctx.quick());
        List<StudyRun> runs = new ArrayList<>();
        for (Task t : tasks) {
            Dataset data = ctx.dataset(t.datasetName(), t.data());
            for (int seed = 0; seed < t.seeds(); seed++) {
                runs.add(run(t, data, ActivationSpec.of("relu"), "relu", 0, seed));
                for (int d : DEGREES) {
                    for (double clip : CLIPS) runs.add(run(t, data, Recipes.degree("slaf", d), model(d, clip), clip, seed));
                }
            }
        }
        List<StudyOutcome> out = ctx.train(runs);
        ResultsCsv csv = new ResultsCsv("dataset", "model", "degree", "clip", "seed", "test_accuracy", "test_loss",
                "final_epoch", "diverged", "divergence");
        for (StudyOutcome o : out) {
            var spec = o.run().config().activation();
            csv.row(o.group(), o.variant(), spec.degree() == null ? "" : spec.degree(),
                    o.run().config().training().clipNorm(), o.seed(), o.testAccuracy(),
                    o.last().testLoss(), o.last().epoch(), o.result().diverged(), o.result().divergence());
        }

        List<String> models = new ArrayList<>(List.of("relu"));
        for (double clip : CLIPS) for (int d : DEGREES) models.add(model(d, clip));
        List<String> headers = new ArrayList<>(List.of("model"));
        for (Task t : tasks) headers.add(t.dataset());
        List<List<String>> rows = new ArrayList<>();
        int clippedRuns = 0, clippedDiverged = 0, unclippedDiverged = 0, unclippedRuns = 0;
        for (StudyOutcome o : out) {
            double clip = o.run().config().training().clipNorm();
            boolean slaf = !o.variant().equals("relu");
            if (slaf && clip > 0) {
                clippedRuns++;
                if (o.result().diverged()) clippedDiverged++;
            } else if (slaf) {
                unclippedRuns++;
                if (o.result().diverged()) unclippedDiverged++;
            }
        }
        List<String> categories = new ArrayList<>();
        List<double[]> bars = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) bars.add(new double[tasks.size()]);
        double worstGap = Double.POSITIVE_INFINITY;
        for (int m = 0; m < models.size(); m++) {
            List<String> row = new ArrayList<>(List.of(models.get(m)));
            for (int t = 0; t < tasks.size(); t++) {
                String key = tasks.get(t).dataset() + "|" + models.get(m);
                List<StudyOutcome> mine = out.stream().filter(o -> o.run().key().equals(key)).toList();
                long diverged = mine.stream().filter(o -> o.result().diverged()).count();
                double acc = Stats.mean(mine, StudyOutcome::testAccuracy);
                bars.get(m)[t] = 100 * acc;
                row.add(diverged == mine.size() ? "diverged (" + diverged + "/" + mine.size() + ")"
                        : Fmt.pct(acc) + (diverged > 0 ? " (" + diverged + "/" + mine.size() + " diverged)" : ""));
            }
            rows.add(row);
        }
        for (int t = 0; t < tasks.size(); t++) {
            categories.add(tasks.get(t).dataset());
            double bestClipped = Double.NEGATIVE_INFINITY;
            for (int m = 1; m <= DEGREES.length; m++) bestClipped = Math.max(bestClipped, Double.isNaN(bars.get(m)[t]) ? -1 : bars.get(m)[t]);
            worstGap = Math.min(worstGap, bestClipped - bars.get(0)[t]);
        }
        List<BarChart.Series> series = new ArrayList<>();
        for (int m = 0; m <= DEGREES.length; m++) series.add(new BarChart.Series(models.get(m), bars.get(m)));

        StudyReport r = new StudyReport(ctx, title());
        r.claim("Learning Activation Functions: A new paradigm for understanding Neural Networks",
                "self-learnable polynomial activations f(x) = Σ a_k x^k (init: identity) train to accuracy comparable to "
                        + "ReLU networks; polynomials grow fast, so training must be kept finite.");
        r.measured(String.format(java.util.Locale.ROOT,
                "with gradient clipping at 1, %d of %d SLAF runs diverged; without clipping %d of %d. On the dataset where "
                        + "SLAF did worst, its best clipped degree is %+.1f points from ReLU.", clippedDiverged, clippedRuns,
                unclippedDiverged, unclippedRuns, worstGap));
        r.section("Set-up");
        List<String> setup = new ArrayList<>();
        for (Task t : tasks) {
            setup.add(t.dataset() + ": hidden " + java.util.Arrays.toString(t.hidden()) + ", Adam lr " + t.lr() + ", batch "
                    + t.batch() + ", " + t.epochs() + " epochs, " + t.seeds() + " seed(s)");
        }
        setup.add("slaf degree 2–5, one polynomial per layer, init a_1 = 1 (identity); clip 1 = global gradient-norm "
                + "clipping at 1 (what `train` does for slaf by default), clip 0 = none. ReLU without clipping.");
        setup.add("a run diverges when its loss or a parameter becomes non-finite (`RunResult.diverged()`); its accuracy "
                + "is then left out of the mean and shown as diverged.");
        r.bullets(setup);
        r.section("Test accuracy");
        r.table(headers, rows);
        r.figure("accuracy", new BarChart("SLAF against ReLU (with clipping)", "test accuracy, mean over seeds; no bar = every run diverged",
                "test accuracy (%)", categories, series, "%.0f"), "Test accuracy of SLAF degrees 2–5 (clipped) and ReLU");
        r.failures(out);
        Verdict v = clippedDiverged == 0 && worstGap >= -2 ? Verdict.REPRODUCED
                : clippedDiverged < clippedRuns ? Verdict.PARTLY_REPRODUCED : Verdict.NOT_REPRODUCED;
        r.verdict(v, String.format(java.util.Locale.ROOT,
                "%d of %d clipped SLAF runs stayed finite (%d of %d without clipping); on the dataset where SLAF did worst, "
                        + "its best clipped degree was %+.1f points from ReLU.", clippedRuns - clippedDiverged, clippedRuns,
                unclippedRuns - unclippedDiverged, unclippedRuns, worstGap));
        r.write(csv, "Seeds 0.." + (tasks.get(0).seeds() - 1) + " per dataset and model; data seed 0.");
    }

    private static StudyRun run(Task t, Dataset data, ActivationSpec spec, String model, double clip, long seed) {
        return new StudyRun(t.dataset() + "|" + model, Recipes.config(t.datasetName(), t.data(), spec, null, t.hidden(),
                Recipes.adam(t.epochs(), t.batch(), t.lr(), seed, clip)), data);
    }

    private static String model(int degree, double clip) {
        return "slaf d" + degree + (clip > 0 ? " clip 1" : " no clip");
    }
}
