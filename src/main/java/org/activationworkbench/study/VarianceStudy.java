package org.activationworkbench.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.plot.LineChart;
import org.activationworkbench.nn.ActivationLayer;

/**
 * Hermite, Fourier and tropical activations with the seed paper's variance-preserving init against a naive init:
 * E[f²] per layer at init through 50 layers, then training at depth against GELU and ReLU.
 */
public final class VarianceStudy implements Study {

    /** A family with its paper init and the naive init it is compared with. */
    record Family(ActivationSpec spec, String naiveText, InitVariance.Init naive) { }

    private static final List<Family> FAMILIES = List.of(
            new Family(ActivationSpec.of("hermite"), "all coefficients a_k = 1", (l, r) -> fill(l, 0, Integer.MAX_VALUE)),
            new Family(ActivationSpec.of("fourier"), "a_0 = c_k = 1 (ω_k = k, φ_k = π/4 kept)",
                    (l, r) -> fill(l, 0, l.activation().parameterCount() / 3 + 1)),
            // the paper's tropical init is already c_k = 1, so its naive counterpart draws them from N(0, 1)
            new Family(ActivationSpec.of("tropical"), "c_k ~ N(0, 1) (the paper's init is c_k = 1)", VarianceStudy::gaussian));
    private static final List<ActivationSpec> BASELINES = List.of(ActivationSpec.of("relu"), ActivationSpec.of("gelu"));

    @Override
    public String name() {
        return "variance";
    }

    @Override
    public String title() {
        return "Variance-preserving init of Hermite, Fourier and tropical activations";
    }

    @Override
    public void run(StudyContext ctx) throws IOException {
        boolean q = ctx.quick();
        int initDepth = q ? 10 : 50, initWidth = q ? 32 : 64, initRows = q ? 256 : 2000;
        ResultsCsv csv = new ResultsCsv("part", "family", "init", "depth", "layer", "seed", "value", "diverged");

        // part 1: E[f²] per layer at init
        ctx.plan(FAMILIES.size() * 2 + BASELINES.size());
        List<LineChart.Panel> panels = new ArrayList<>();
        List<List<String>> initRows2 = new ArrayList<>();
        double[] x = new double[initDepth];
        for (int i = 0; i < initDepth; i++) x[i] = i + 1;
        List<LineChart.Series> reference = new ArrayList<>();
        for (int b = 0; b < BASELINES.size(); b++) {
            Activation a = ActivationRegistry.create(BASELINES.get(b));
            double[] m = InitVariance.perLayer(a, null, initDepth, initWidth, initRows, 0);
            record(csv, a.family(), a.weightInit().name().toLowerCase() + " weights", initDepth, m);
            reference.add(new LineChart.Series(a.family() + " (" + initName(a) + " weights)", x, m, 3 + b, true));
            initRows2.add(List.of(a.family() + " (" + initName(a) + " weights)", "—", moment(m[Math.min(9, initDepth - 1)]), moment(m[initDepth - 1]), "—"));
            ctx.finished("measured " + a.family());
        }
        boolean allPreserve = true;
        int preserveCount = 0;
        for (Family f : FAMILIES) {
            Activation a = ActivationRegistry.create(f.spec());
            double single = InitVariance.singleSecondMoment(a, null, 200_000, 0);
            double singleNaive = InitVariance.singleSecondMoment(a, f.naive(), 200_000, 0);
            double[] paper = InitVariance.perLayer(a, null, initDepth, initWidth, initRows, 0);
            ctx.finished("measured " + a.family() + " paper init");
            double[] naive = InitVariance.perLayer(a, f.naive(), initDepth, initWidth, initRows, 0);
            ctx.finished("measured " + a.family() + " naive init");
            record(csv, a.family(), "paper", initDepth, paper);
            record(csv, a.family(), "naive", initDepth, naive);
            csv.row("single", a.family(), "paper", 1, 1, 0, single, false);
            csv.row("single", a.family(), "naive", 1, 1, 0, singleNaive, false);
            double last = paper[initDepth - 1];
            boolean ok = last > 0.5 && last < 2;
            allPreserve &= ok;
            if (ok) preserveCount++;
            initRows2.add(List.of(Recipes.label(f.spec()) + " (paper)", moment(single), moment(paper[Math.min(9, initDepth - 1)]),
                    moment(last), ok ? "yes" : "no"));
            initRows2.add(List.of(Recipes.label(f.spec()) + " (naive: " + f.naiveText() + ")", moment(singleNaive),
                    moment(naive[Math.min(9, initDepth - 1)]), moment(naive[initDepth - 1]),
                    naive[initDepth - 1] > 0.5 && naive[initDepth - 1] < 2 ? "yes" : "no"));
            List<LineChart.Series> s = new ArrayList<>(List.of(LineChart.Series.of("paper init", x, paper, 0),
                    LineChart.Series.of("naive init", x, naive, 1)));
            s.addAll(reference);
            panels.add(LineChart.Panel.of(Recipes.label(f.spec()), "layer", "E[f²]", false,
                    true, s));
        }

        // part 2: training at depth
        int[] depths = q ? new int[] {3} : new int[] {10, 50};
        int width = q ? 16 : 64, epochs = q ? 2 : 20, seeds = q ? 1 : 2;
        Dataset data = ctx.dataset("digits");
        List<StudyRun> runs = new ArrayList<>();
        List<String> models = new ArrayList<>();
        for (int depth : depths) {
            for (int seed = 0; seed < seeds; seed++) {
                for (Family f : FAMILIES) {
                    runs.add(run(depth, width, epochs, seed, f.spec(), "paper", null, data));
                    runs.add(run(depth, width, epochs, seed, f.spec(), "naive", f.naive(), data));
                }
                for (ActivationSpec b : BASELINES) runs.add(run(depth, width, epochs, seed, b, "default", null, data));
            }
        }
        List<StudyOutcome> out = ctx.train(runs);
        for (StudyOutcome o : out) {
            String[] k = o.run().key().split("\\|");
            csv.row("train", k[0], k[1], Integer.parseInt(k[2]), "", o.seed(), o.testAccuracy(),
                    o.result().diverged());
            if (!models.contains(k[0] + "|" + k[1])) models.add(k[0] + "|" + k[1]);
        }
        List<List<String>> trainRows = new ArrayList<>();
        List<String> trainHeaders = new ArrayList<>(List.of("activation", "init"));
        for (int d : depths) trainHeaders.add(d + " layers");
        double worstPaperGap = Double.POSITIVE_INFINITY;
        for (String m : models) {
            List<String> row = new ArrayList<>(List.of(m.split("\\|")[0], m.split("\\|")[1]));
            for (int d : depths) row.add(Fmt.pct(accuracy(out, m, d)));
            trainRows.add(row);
        }
        for (int d : depths) {
            double baseline = Math.min(accuracy(out, "relu|default", d), accuracy(out, "gelu|default", d));
            for (Family f : FAMILIES) {
                double acc = accuracy(out, f.spec().family() + "|paper", d);
                // a family whose every run diverged is not trainable: it counts as 0 % here
                worstPaperGap = Math.min(worstPaperGap, (Double.isNaN(acc) ? 0 : acc) - baseline);
            }
        }

        StudyReport r = new StudyReport(ctx, title());
        r.claim("Learnable polynomial, trigonometric, and tropical activations",
                "the proposed initialisation alone preserves unit variance of the activations through depth (x ~ N(0, 1), "
                        + "LeCun-normal weights), which keeps deep networks with these activations trainable.");
        r.measured(String.format(java.util.Locale.ROOT,
                "%d of 3 families keep E[f²] within [0.5, 2] after %d layers with the paper's init; trained at depth, the "
                        + "worst paper-init family is %+.1f points from the weaker of ReLU/GELU (a family that diverged counts as 0 %%).",
                preserveCount, initDepth, 100 * worstPaperGap));
        r.section("Set-up");
        r.bullets(List.of("Part 1: " + initDepth + " hidden layers of " + initWidth + " units, LeCun-normal weights (the "
                        + "families' default), zero biases, one activation per layer, " + initRows + " inputs x ~ N(0, 1); "
                        + "E[f²] is the mean square of each layer's output. ReLU and GELU (each with its default weight init) are drawn dashed for reference.",
                "hermite degree 3, fourier degree 5, tropical degree 5 (the families' defaults). Single-activation E[f(x)²] "
                        + "by Monte Carlo over 200,000 samples.",
                "Part 2: digits, " + java.util.Arrays.toString(depths) + " hidden layers of " + width + ", Adam lr 0.001, batch 32, "
                        + epochs + " epochs, " + seeds + " seed(s)."));
        r.section("Part 1 — E[f²] at init");
        r.paragraph("The spec notes that at degree 3 the Hermite init gives E[f²] ≈ 0.92 for x ~ N(0, 1), not 1, and Fourier "
                + "degree 5 gives ≈ 1.31; the single-activation column is what this code measures.");
        r.table(List.of("activation", "single E[f(x)²]", "E[f²] at layer " + Math.min(10, initDepth),
                "E[f²] at layer " + initDepth, "within [0.5, 2]"), initRows2);
        r.figure("variance", new LineChart("Second moment of activations through depth at init",
                "x ~ N(0, 1), width " + initWidth + ", LeCun-normal weights; log scale, lines end where values overflow",
                panels, 3), "E[f²] per layer at init, paper init against naive init");
        r.section("Part 2 — training at depth (test accuracy)");
        r.table(trainHeaders, trainRows);
        List<String> atFirstStep = out.stream().filter(o -> o.result().diverged() && o.last().step() == 0)
                .map(o -> o.group()).distinct().toList();
        if (!atFirstStep.isEmpty()) {
            r.paragraph("Runs of " + String.join(", ", atFirstStep) + " diverged in their very first step: the untrained "
                    + "network's output is already non-finite, as the overflow in part 1 predicts. The likely mechanism: a polynomial's output is "
                    + "heavy-tailed even when E[f²] ≈ 1 for Gaussian inputs, and composing it layer after layer amplifies "
                    + "the tails until float32 overflows.");
        }
        r.failures(out);
        Verdict v = allPreserve && worstPaperGap > -0.05 ? Verdict.REPRODUCED
                : preserveCount > 0 ? Verdict.PARTLY_REPRODUCED : Verdict.NOT_REPRODUCED;
        r.verdict(v, String.format(java.util.Locale.ROOT,
                "%d of 3 families keep E[f²] near 1 through %d layers with the paper's init, and after training at depth the "
                        + "worst of them is %+.1f points from the weaker of ReLU and GELU (diverged = 0 %%).", preserveCount, initDepth,
                100 * worstPaperGap));
        r.write(csv, "Init measurements: network seed 0, input seed 2. Training: seeds 0.." + (seeds - 1) + ", digits split seed 0.");
    }

    private static StudyRun run(int depth, int width, int epochs, long seed, ActivationSpec spec, String init,
                                InitVariance.Init naive, Dataset data) {
        return new StudyRun(spec.family() + "|" + init + "|" + depth, Recipes.config("digits", DataOptions.defaults(), spec,
                null, Recipes.layers(depth, width), Recipes.adam(epochs, 32, 0.001, seed, 0)), data,
                naive == null ? null : e -> {
                    SplittableRandom rnd = new SplittableRandom(seed + 1);
                    for (ActivationLayer l : e.network().activationLayers()) naive.apply(l, rnd);
                });
    }

    private static double accuracy(List<StudyOutcome> out, String model, int depth) {
        return Stats.mean(out.stream().filter(o -> o.run().key().equals(model + "|" + depth)).toList(),
                StudyOutcome::testAccuracy);
    }

    /** E[f²] for the table: "overflow" once float32 gave up. */
    private static String initName(Activation a) {
        String n = a.weightInit().name();
        return n.charAt(0) + n.substring(1).toLowerCase();
    }

    private static String moment(double v) {
        return Double.isFinite(v) ? Fmt.num(v) : "overflow";
    }

    private static void record(ResultsCsv csv, String family, String init, int depth, double[] m) {
        for (int i = 0; i < m.length; i++) csv.row("init", family, init, depth, i + 1, 0, m[i], !Double.isFinite(m[i]));
    }

    /** Sets parameters [from, to) of every vector to 1. */
    private static void fill(ActivationLayer l, int from, int to) {
        float[] v = l.parameter().value();
        int n = l.activation().parameterCount();
        for (int i = 0; i < v.length; i++) if (i % n >= from && i % n < to) v[i] = 1f;
    }

    private static void gaussian(ActivationLayer l, SplittableRandom r) {
        float[] v = l.parameter().value();
        for (int i = 0; i < v.length; i++) {
            double u1 = r.nextDouble(), u2 = r.nextDouble();
            v[i] = (float) (Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2));
        }
    }
}
