package org.activationworkbench.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.plot.ActivationPlot;
import org.activationworkbench.plot.BarChart;
import org.activationworkbench.plot.ShapeGallery;
import org.activationworkbench.nn.ImageShape;
import org.activationworkbench.nn.Network;
import org.activationworkbench.train.TrainingOptions;

/**
 * B-spline activations against ReLU at equal width and at equal parameter count (ReLU widened until its total
 * parameters match the spline network's) on 1-D function fitting, diabetes and Fashion-MNIST (MLP and CNN).
 */
public final class SplineVsReluStudy implements Study {

    /** One task: a dataset and the network and training used on it. */
    record Task(String label, String dataset, DataOptions data, int hidden, int[] conv, TrainingOptions training,
                int seeds, boolean cnn) { }

    @Override
    public String name() {
        return "spline-vs-relu";
    }

    @Override
    public String title() {
        return "Piecewise-linear spline activations against ReLU";
    }

    List<Task> tasks(boolean quick) {
        List<Task> t = new ArrayList<>();
        DataOptions clean = DataOptions.defaults().withNoise(0.0).withSamples(quick ? 200 : null);
        for (String f : quick ? List.of("sin", "step") : List.of("sin", "abs", "step", "sawtooth", "bump", "xsin")) {
            t.add(new Task(f, f, clean, 8, new int[0], Recipes.adam(quick ? 15 : 100, 16, 0.01, 0, 0), quick ? 1 : 3, false));
        }
        t.add(new Task("diabetes", "diabetes", DataOptions.defaults(), 16, new int[0],
                Recipes.adam(quick ? 10 : 100, 32, 0.01, 0, 0), quick ? 1 : 3, false));
        if (quick) {
            // Fashion-MNIST is too slow for a smoke test: the 8×8 digits stand in for the image tasks
            t.add(new Task("digits MLP", "digits", DataOptions.defaults(), 16, new int[0], Recipes.adam(2, 32, 0.01, 0, 0), 1, false));
            t.add(new Task("digits CNN", "digits", DataOptions.defaults(), 16, new int[] {4}, Recipes.adam(1, 32, 0.01, 0, 0), 1, true));
        } else {
            t.add(new Task("fashion MLP", "fashion-mnist-small", DataOptions.defaults(), 64, new int[0],
                    Recipes.adam(8, 128, 0.001, 0, 0), 2, false));
            t.add(new Task("fashion CNN", "fashion-mnist-small", DataOptions.defaults(), 32, new int[] {8, 16},
                    Recipes.adam(5, 128, 0.002, 0, 0), 2, true));
        }
        return t;
    }

    private static final String SPLINE = "bspline", EQUAL_WIDTH = "relu (equal width)", EQUAL_PARAMS = "relu (equal parameters)";

    @Override
    public void run(StudyContext ctx) throws IOException {
        List<Task> tasks = tasks(ctx.quick());
        List<StudyRun> runs = new ArrayList<>();
        List<Integer> reluWidths = new ArrayList<>();
        for (Task task : tasks) {
            Dataset data = ctx.dataset(task.dataset(), task.data());
            int wide = equalParamWidth(task, data);
            reluWidths.add(wide);
            for (int seed = 0; seed < task.seeds(); seed++) {
                runs.add(run(task, data, SPLINE, ActivationSpec.of("bspline"), task.hidden(), seed));
                runs.add(run(task, data, EQUAL_WIDTH, ActivationSpec.of("relu"), task.hidden(), seed));
                runs.add(run(task, data, EQUAL_PARAMS, ActivationSpec.of("relu"), wide, seed));
            }
        }
        List<StudyOutcome> out = ctx.train(runs);

        ResultsCsv csv = new ResultsCsv("task", "model", "hidden_width", "conv", "parameters", "seed", "test_error",
                "test_loss", "test_accuracy", "seconds", "diverged");
        for (StudyOutcome o : out) {
            var net = o.experiment().network();
            csv.row(o.group(), o.variant(), net.hidden()[0], join(net.convChannels()),
                    net.weightParameterCount() + net.activationParameterCount(), o.seed(),
                    o.testError(), o.last().testLoss(), o.last().testAccuracy(), o.result().seconds(), o.result().diverged());
        }

        List<List<String>> rows = new ArrayList<>();
        double[] redWidth = new double[tasks.size()], redParams = new double[tasks.size()];
        double bestFnn = Double.NEGATIVE_INFINITY, bestCnn = Double.NEGATIVE_INFINITY;
        int winsParams = 0;
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            double es = meanError(out, task, SPLINE), ew = meanError(out, task, EQUAL_WIDTH), ep = meanError(out, task, EQUAL_PARAMS);
            redWidth[i] = 100 * (1 - es / ew);
            redParams[i] = 100 * (1 - es / ep);
            if (redParams[i] > 0) winsParams++;
            double best = Math.max(redWidth[i], redParams[i]);
            if (task.cnn()) bestCnn = Math.max(bestCnn, best); else bestFnn = Math.max(bestFnn, best);
            rows.add(List.of(task.label(), errorName(out, task), Fmt.num(es), Fmt.num(ew), Fmt.num(ep),
                    task.hidden() + " / " + reluWidths.get(i), pct100(redWidth[i]), pct100(redParams[i])));
        }

        StudyReport r = new StudyReport(ctx, title());
        r.claim("Developing Training Procedures for Piecewise-linear Spline Activation Functions",
                "spline activations give up to **94 % lower error** than ReLU in feed-forward networks and up to **51 %** in CNNs.");
        r.measured(String.format(java.util.Locale.ROOT,
                "best relative error reduction (against either ReLU baseline) %s in the MLPs and %s in the CNN; the spline beats ReLU of equal parameter count on %d of %d tasks.",
                pct100(bestFnn), pct100(bestCnn), winsParams, tasks.size()));
        r.section("Set-up");
        r.bullets(List.of(
                "bspline: 21 knots on [−3, 3], ReLU init, one spline per neuron (the family's defaults); weights He-initialised.",
                "equal width: ReLU with the same hidden width; equal parameters: ReLU widened until its total parameter count "
                        + "(weights + biases) is the closest to the spline network's (weights + knots).",
                "1-D targets on [−1, 1] without noise (" + (ctx.quick() ? "200" : "512") + " samples, 80/20 split), one hidden layer of 8, "
                        + "Adam lr 0.01, batch 16, " + tasks.get(0).training().epochs() + " epochs; diabetes: one hidden layer of 16, lr 0.01, batch 32.",
                ctx.quick() ? "quick: digits MLP (16) and CNN (conv 4 → 16) stand in for Fashion-MNIST."
                        : "Fashion-MNIST-small (10,000/2,000): MLP 784-64-10, 8 epochs; CNN conv 8 → conv 16 (3×3, 2×2 pool) → 32 → 10, "
                        + "5 epochs (kept short so the study stays under ten minutes); Adam, batch 128.",
                "error = test MSE (regression) or test error rate 1 − accuracy (classification), mean over seeds; "
                        + "reduction = 1 − error(spline) / error(ReLU)."));
        r.section("Results");
        r.table(List.of("task", "error", "bspline", "relu equal width", "relu equal params", "width spline / relu-eq",
                "reduction vs equal width", "reduction vs equal params"), rows);
        r.figure("reduction", new BarChart("Relative error reduction of bspline over ReLU",
                "1 − error(bspline) / error(ReLU), mean over seeds; positive = the spline is better", "error reduction (%)",
                tasks.stream().map(Task::label).toList(),
                List.of(new BarChart.Series("vs ReLU of equal width", redWidth),
                        new BarChart.Series("vs ReLU of equal parameter count", redParams)), "%.0f"),
                "Relative error reduction per task");
        r.figure("spline-shapes", shapes(out, tasks), "Learned splines (first neuron, seed 0) per task");
        double fnnClaim = 94, cnnClaim = 51;
        Verdict v = winsParams >= Math.ceil(0.75 * tasks.size()) && bestFnn >= fnnClaim / 2 && bestCnn >= cnnClaim / 2
                ? Verdict.REPRODUCED : winsParams > 0 ? Verdict.PARTLY_REPRODUCED : Verdict.NOT_REPRODUCED;
        r.verdict(v, String.format(java.util.Locale.ROOT,
                "the spline beat ReLU of equal parameter count on %d of %d tasks, with a best reduction of %s (MLP, claim 94 %%) and %s (CNN, claim 51 %%).",
                winsParams, tasks.size(), pct100(bestFnn), pct100(bestCnn)));
        r.write(csv, "Seeds 0.." + (tasks.get(0).seeds() - 1) + " for the 1-D tasks and diabetes, "
                + tasks.get(tasks.size() - 2).seeds() + " seed(s) for the MLP image task and "
                + tasks.get(tasks.size() - 1).seeds() + " for the CNN; data seed 0.");
    }

    private static StudyRun run(Task task, Dataset data, String model, ActivationSpec spec, int width, long seed) {
        TrainingOptions t = task.training();
        TrainingOptions seeded = t.withSeed(seed);
        ExperimentConfig c = Recipes.config(task.dataset(), task.data(), spec, null, new int[] {width}, seeded)
                .withConv(java.util.Arrays.stream(task.conv()).boxed().toList());
        return new StudyRun(task.label() + "|" + model, c, data);
    }

    /** The ReLU hidden width whose total parameter count is closest to the spline network's. */
    static int equalParamWidth(Task task, Dataset data) {
        long target = params(task, data, "bspline", task.hidden());
        int best = task.hidden();
        for (int w = task.hidden(); w <= 64 * task.hidden(); w++) {
            long p = params(task, data, "relu", w);
            if (Math.abs(p - target) < Math.abs(params(task, data, "relu", best) - target)) best = w;
            if (p >= target) break;
        }
        return best;
    }

    private static long params(Task task, Dataset data, String family, int width) {
        var a = ActivationRegistry.create(ActivationSpec.of(family));
        Network n = task.conv().length == 0
                ? new Network(data.inputs(), new int[] {width}, data.outputs(), a, a.defaultSharing(), 0)
                : new Network(ImageShape.square(data.inputs()), task.conv(), new int[] {width}, data.outputs(), a,
                a.defaultSharing(), 0);
        return n.weightParameterCount() + n.activationParameterCount();
    }

    /** Each task's seed-0 spline: the first neuron of the first hidden dense layer. */
    private static ActivationPlot shapes(List<StudyOutcome> out, List<Task> tasks) {
        List<ShapeGallery.Shape> shapes = new ArrayList<>();
        for (Task task : tasks) {
            for (StudyOutcome o : out) {
                if (o.group().equals(task.label()) && o.variant().equals(SPLINE) && o.seed() == 0) {
                    List<Snapshot> s = o.result().epochSnapshots();
                    int layer = task.conv().length;   // conv blocks' activations come first
                    shapes.add(new ShapeGallery.Shape(task.label(), o.experiment().activation(),
                            s.get(s.size() - 1).layers().get(layer), s.get(0).layers().get(layer), 0));
                }
            }
        }
        return ShapeGallery.of("Learned bspline activations", "first hidden dense layer, first neuron, seed 0", shapes);
    }

    private static double meanError(List<StudyOutcome> out, Task task, String model) {
        return Stats.mean(out.stream().filter(o -> o.group().equals(task.label()) && o.variant().equals(model)).toList(),
                StudyOutcome::testError);
    }

    private static String errorName(List<StudyOutcome> out, Task task) {
        for (StudyOutcome o : out) if (o.group().equals(task.label())) return o.experiment().classification() ? "error rate" : "MSE";
        return "";
    }



    private static String pct100(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.1f %%", v) : "n/a";
    }

    private static String join(int[] a) {
        return java.util.Arrays.stream(a).mapToObj(Integer::toString).reduce((x, y) -> x + " " + y).orElse("");
    }
}
