package org.activationworkbench.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.plot.LineChart;
import org.activationworkbench.stats.Summary;

/**
 * FGSM robustness of trained dyn(mish) against ReLU (and Mish, for reference) in a small MLP and a small CNN:
 * accuracy against ε from 0 to 0.1, its area (the mean accuracy over ε) and the drop at the claim's ε = 0.08.
 */
public final class FgsmStudy implements Study {

    static final double[] EPSILONS = {0, 0.005, 0.01, 0.02, 0.03, 0.04, 0.06, 0.08, 0.1};
    private static final double CLAIM_EPS = 0.08;
    /** Half the claim's 7.4-point gap (55.39 against 62.79 points of drop). */
    private static final double MIN_EFFECT = 0.037;

    /** One network shape with the families trained in it. */
    record Arch(String label, int[] conv, int[] hidden, int epochs, double lr, List<ActivationSpec> families) { }

    record Size(String dataset, int attackRows, int batch, int seeds, List<Arch> archs) { }

    static Size size(boolean quick) {
        List<ActivationSpec> three = List.of(Recipes.dyn("mish"), ActivationSpec.of("relu"), ActivationSpec.of("mish"));
        List<ActivationSpec> two = List.of(Recipes.dyn("mish"), ActivationSpec.of("relu"));
        if (quick) {
            return new Size("digits", 359, 32, 2, List.of(new Arch("MLP", new int[0], new int[] {32}, 3, 0.01, three),
                    new Arch("CNN", new int[] {4}, new int[] {16}, 1, 0.01, two)));
        }
        return new Size("fashion-mnist-small", 1000, 128, 5, List.of(
                new Arch("MLP", new int[0], new int[] {128, 128}, 10, 0.001, three),
                new Arch("CNN", new int[] {8, 16}, new int[] {32}, 3, 0.002, two)));
    }

    @Override
    public String name() {
        return "fgsm";
    }

    @Override
    public String title() {
        return "FGSM robustness of dynActivation";
    }

    @Override
    public void run(StudyContext ctx) throws IOException {
        Size z = size(ctx.quick());
        Dataset data = ctx.dataset(z.dataset());
        Dataset attackData = Subsets.share(data, data.train().rows(), z.attackRows(), 0);
        List<StudyRun> runs = new ArrayList<>();
        for (Arch a : z.archs()) {
            for (ActivationSpec f : a.families()) {
                for (int seed = 0; seed < z.seeds(); seed++) {
                    runs.add(new StudyRun(a.label() + "|" + Recipes.label(f), Recipes.config(z.dataset(),
                            DataOptions.defaults(), f, null, a.hidden(), Recipes.adam(a.epochs(), z.batch(), a.lr(), seed, 0))
                            .withConv(java.util.Arrays.stream(a.conv()).boxed().toList()), data));
                }
            }
        }
        List<StudyOutcome> out = ctx.train(runs);
        double[] range = FgsmAttack.pixelRange(z.dataset());
        List<double[]> acc = ctx.map(out, o -> {
            FgsmAttack attack = new FgsmAttack(o.experiment().network(), attackData, range[0], range[1]);
            double[] a = new double[EPSILONS.length];
            for (int e = 0; e < EPSILONS.length; e++) {
                ctx.checkCancelled();
                a[e] = o.result().diverged() ? 0 : attack.accuracy(EPSILONS[e]);
            }
            return a;
        }, "attacked");

        ResultsCsv csv = new ResultsCsv("arch", "family", "seed", "epsilon", "test_accuracy", "drop_points",
                "drop_relative", "auc", "failure");
        for (int i = 0; i < out.size(); i++) {
            StudyOutcome o = out.get(i);
            double[] a = acc.get(i);
            for (int e = 0; e < EPSILONS.length; e++) {
                csv.row(o.group(), o.variant(), o.seed(), EPSILONS[e], a[e], 100 * (a[0] - a[e]), 100 * (1 - a[e] / a[0]),
                        auc(a), o.failure());
            }
        }

        StudyReport r = new StudyReport(ctx, title());
        r.claim("dynActivation: A Trainable Activation Family for Adaptive Nonlinearity",
                "under FGSM at ε = 0.08 a dyn(mish) network loses **55.39 %** accuracy against **62.79 %** for ReLU (MNIST).");
        List<VerdictRule.Comparison> parts = new ArrayList<>(), drops = new ArrayList<>();
        List<LineChart.Panel> panels = new ArrayList<>();
        List<String> measured = new ArrayList<>(), chanceNotes = new ArrayList<>();
        int eClaim = indexOf(CLAIM_EPS);
        double chance = out.get(0).chance();
        List<List<String>> tables = new ArrayList<>();
        for (Arch a : z.archs()) {
            List<LineChart.Series> series = new ArrayList<>();
            for (int f = 0; f < a.families().size(); f++) {
                String fam = Recipes.label(a.families().get(f));
                List<double[]> mine = select(out, acc, a.label() + "|" + fam);
                double[] m = new double[EPSILONS.length], lo = new double[EPSILONS.length], hi = new double[EPSILONS.length];
                List<String> row = new ArrayList<>(List.of(a.label(), fam));
                for (int e = 0; e < EPSILONS.length; e++) {
                    Summary s = at(mine, e);
                    m[e] = s.mean();
                    lo[e] = s.mean() - s.sd();
                    hi[e] = s.mean() + s.sd();
                    row.add(Fmt.pctPm(s));
                }
                row.add(Fmt.pctPm(aucs(mine)));
                tables.add(row);
                series.add(LineChart.Series.withBand(fam, EPSILONS, m, lo, hi, f));
            }
            panels.add(new LineChart.Panel(a.label(), "ε (fraction of the pixel range)", "test accuracy", false, false,
                    series, 0, 1));
            List<double[]> dyn = select(out, acc, a.label() + "|dyn(mish)"), relu = select(out, acc, a.label() + "|relu");
            VerdictRule.Comparison auc = VerdictRule.better(a.label() + ": area under accuracy-against-ε, dyn(mish) (a) "
                    + "above ReLU (b)", aucs(dyn), aucs(relu), true, MIN_EFFECT);
            parts.add(auc);
            drops.add(VerdictRule.better(a.label() + ": drop at ε = 0.08, dyn(mish) (a) smaller than ReLU's (b)",
                    dropAt(dyn, eClaim), dropAt(relu, eClaim), false, MIN_EFFECT));
            measured.add(String.format(Locale.ROOT, "%s: area %s for dyn(mish) against %s for ReLU; drop at ε = 0.08 %s "
                            + "against %s points", a.label(), Fmt.pctPm(aucs(dyn)), Fmt.pctPm(aucs(relu)),
                    Fmt.pctPm(dropAt(dyn, eClaim)), Fmt.pctPm(dropAt(relu, eClaim))));
            Summary dynAt = at(dyn, eClaim), reluAt = at(relu, eClaim);
            if (Double.isFinite(chance) && dynAt.mean() <= chance + 0.05 && reluAt.mean() <= chance + 0.05) {
                chanceNotes.add(String.format(Locale.ROOT, "%s: at ε = 0.08 both are within 5 points of chance (dyn(mish) %s %%, ReLU "
                        + "%s %%, chance %.1f %%), so the drop there measures mostly the clean accuracy.", a.label(),
                        Fmt.pctPm(dynAt), Fmt.pctPm(reluAt), 100 * chance));
            }
        }
        r.measured(String.join("; ", measured) + " (%, mean ± sd, n = " + z.seeds() + ").");
        r.section("Set-up");
        List<String> setup = new ArrayList<>();
        for (Arch a : z.archs()) {
            setup.add(a.label() + ": " + (a.conv().length > 0 ? "conv " + join(a.conv()) + " (3×3, same padding, "
                    + "activation, 2×2 max pool each) → " : "") + "hidden " + join(a.hidden()) + "; "
                    + String.join(", ", a.families().stream().map(Recipes::label).toList()) + "; Adam lr " + a.lr()
                    + ", batch " + z.batch() + ", " + a.epochs() + " epochs, " + z.seeds() + " seeds.");
        }
        setup.add("Trained on " + data.name() + " (" + data.train().rows() + " images); attacked on a stratified "
                + attackData.test().rows() + " of its " + data.test().rows() + " test images.");
        setup.add("FGSM: x_adv = clip(x + ε·(max − min)·sign(∂L/∂x), min, max) in raw pixels (" + range[0] + "–" + range[1]
                + "), ε a fraction of the pixel range, ε ∈ " + Arrays.toString(EPSILONS) + "; the input gradient comes "
                + "from `Network.inputGradient` (checked against finite differences for MLPs and CNNs).");
        setup.add("Area = the mean accuracy over ε ∈ [0, 0.1] (trapezoids over the ε above): one number for robustness "
                + "across attack strengths, including the small ε where the models still differ.");
        r.bullets(setup);
        r.method(z.seeds(), "The verdict compares the areas, dyn(mish) against ReLU, in each network, and asks for at "
                + "least half the claim's gap (7.4 points of drop at ε = 0.08 → 3.7 points); the drop at ε = 0.08 itself "
                + "is reported beside it. The area is used because at ε = 0.08 Fashion-MNIST models are near chance, "
                + "where a gap says little about robustness.");
        r.section("Test accuracy under attack (%, mean ± sd)");
        List<String> headers = new ArrayList<>(List.of("network", "family"));
        for (double e : EPSILONS) headers.add("ε = " + e);
        headers.add("area");
        r.table(headers, tables);
        r.figure("fgsm", new LineChart("FGSM attack", data.name() + "; mean and ± 1 sd band over " + z.seeds() + " seeds",
                panels, 2), "Test accuracy against ε, MLP and CNN");
        r.section("The claim's parts");
        r.comparisons(parts, "a", "b", 100, 1, "%");
        r.paragraph("The claim's own measure, the drop at ε = 0.08 in points (information; lower is better):");
        r.comparisons(drops, "a", "b", 100, 1, "points");
        if (!chanceNotes.isEmpty()) r.bullets(chanceNotes);
        r.failures(out);
        r.differences(List.of("Fashion-MNIST-small instead of MNIST: harder, so clean accuracy is lower and attacked accuracy "
                        + "reaches chance at smaller ε; absolute drops are not comparable with the paper's.",
                "The paper's architecture, training and attack details beyond ε are not known here; the CNN trains for "
                        + z.archs().get(z.archs().size() - 1).epochs() + " epochs only and without Mish (Mish is about 15× "
                        + "ReLU's cost per element in this engine), to fit 15 minutes on two cores.",
                "The claim does not say whether its drop is in points or relative to clean accuracy; results.csv has both."));
        Verdict v = VerdictRule.combine(parts.stream().map(VerdictRule.Comparison::verdict).toList());
        r.verdict(v, String.join("; ", parts.stream().map(p -> p.label().replaceFirst(":.*", "") + " area "
                + Fmt.diff(p.difference(), 100, 1) + " points for dyn(mish) → " + p.verdict().words().toLowerCase(Locale.ROOT))
                .toList()) + " (claim: a 7.4-point smaller drop at ε = 0.08; the gap is counted only when its 95 % interval "
                + "excludes 0).");
        r.write(csv, "Seeds 0.." + (z.seeds() - 1) + " per network and family; the attack itself is deterministic.");
    }

    /** The mean accuracy over ε ∈ [0, max ε] by trapezoids. */
    static double auc(double[] acc) {
        double area = 0;
        for (int e = 1; e < EPSILONS.length; e++) area += (EPSILONS[e] - EPSILONS[e - 1]) * (acc[e] + acc[e - 1]) / 2;
        return area / EPSILONS[EPSILONS.length - 1];
    }

    private static List<double[]> select(List<StudyOutcome> out, List<double[]> acc, String key) {
        List<double[]> mine = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (out.get(i).run().key().equals(key)) mine.add(acc.get(i));
        return mine;
    }

    private static Summary at(List<double[]> runs, int e) {
        return Summary.of(runs.stream().mapToDouble(a -> a[e]).toArray());
    }

    private static Summary aucs(List<double[]> runs) {
        return Summary.of(runs.stream().mapToDouble(FgsmStudy::auc).toArray());
    }

    private static Summary dropAt(List<double[]> runs, int e) {
        return Summary.of(runs.stream().mapToDouble(a -> a[0] - a[e]).toArray());
    }

    private static int indexOf(double eps) {
        for (int e = 0; e < EPSILONS.length; e++) if (EPSILONS[e] == eps) return e;
        throw new IllegalStateException("ε = " + eps + " is not measured");
    }

    private static String join(int[] a) {
        return String.join(",", Arrays.stream(a).mapToObj(Integer::toString).toList());
    }
}
