package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.ActivationView;
import org.activationworkbench.core.NumberText;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Task;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.PredictionGrid;

/**
 * What a figure shows, in a sentence or two for a screen reader (and an SVG's description): the numbers a sighted
 * reader takes from the picture — α and β, the shape of a curve, the latest losses, what the data view shades.
 */
public final class Descriptions {

    /** Longer texts are cut: a screen reader reads all of it at every update. */
    static final int MAX_LENGTH = 600;

    private Descriptions() {
    }

    /** One activation: its named numbers (α, β, a) when it has them, and the shape of its curve. */
    public static String activation(ActivationView v) {
        if (v == null || v.x().length == 0) return "no curve yet";
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> s : v.scalars().entrySet()) parts.add(s.getKey() + " = " + num(s.getValue()));
        parts.add(shape(v.x(), v.y()));
        return String.join(", ", parts);
    }

    /**
     * Increasing, decreasing, one dip or bump with where it is, or how often it turns. A turn counts once the curve
     * has come back by 1 % of its range, so the ripples of a nearly straight piece are not told as waves.
     */
    static String shape(double[] x, double[] y) {
        int n = x.length;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double tol = 0.01 * Math.max(hi - lo, 1e-9);
        List<Integer> turns = new ArrayList<>();
        int dir = 0, extreme = 0;
        for (int i = 1; i < n; i++) {
            if (dir == 0) {
                if (Math.abs(y[i] - y[0]) > tol) {
                    dir = y[i] > y[0] ? 1 : -1;
                    extreme = i;
                }
            } else if (dir * (y[i] - y[extreme]) >= 0) {
                extreme = i;
            } else if (dir * (y[extreme] - y[i]) > tol) {
                turns.add(extreme);
                dir = -dir;
                extreme = i;
            }
        }
        String ends = "from f(" + num(x[0]) + ") = " + num(y[0]) + " to f(" + num(x[n - 1]) + ") = " + num(y[n - 1]);
        if (turns.isEmpty()) {
            String way = dir > 0 ? "increasing" : dir < 0 ? "decreasing" : "flat";
            return way + " " + ends;
        }
        if (turns.size() == 1) {
            int k = turns.get(0);
            boolean dip = y[k] < y[0];
            return (dip ? "falls to a minimum " : "rises to a maximum ") + num(y[k]) + " at x = " + num(x[k]) + ", " + ends;
        }
        return "wavy, turning " + turns.size() + " times, " + ends;
    }

    /** Every layer of an activation figure; a layer of one activation per neuron by its first neuron. */
    static String layers(List<LayerActivations> layers) {
        List<String> parts = new ArrayList<>();
        for (LayerActivations l : layers) {
            if (l.panels().isEmpty()) continue;
            ActivationPanel first = l.panels().get(0);
            String head = l.layerTitle() == null || l.layerTitle().isEmpty() ? first.title() : l.layerTitle();
            parts.add(l.panels().size() == 1 ? head + ": " + activation(first.current())
                    : head + ": " + first.title() + ": " + activation(first.current()));
        }
        return cut(parts.isEmpty() ? "no activations" : String.join(". ", parts));
    }

    /** The latest row of the curves: losses and, for classification, accuracies. */
    static String losses(List<MetricsRow> rows) {
        if (rows.isEmpty()) return "loss curves: no training yet";
        MetricsRow r = rows.get(rows.size() - 1);
        StringBuilder b = new StringBuilder("loss curves to epoch " + num(r.epoch()) + " (step " + r.step()
                + "): train loss " + num(r.trainLoss()));
        double testLoss = latest(rows, MetricsRow::testLoss), trainAcc = latest(rows, MetricsRow::trainAccuracy);
        double testAcc = latest(rows, MetricsRow::testAccuracy);
        if (Double.isFinite(testLoss)) b.append(", test loss ").append(num(testLoss));
        if (Double.isFinite(trainAcc)) b.append(", train accuracy ").append(percent(trainAcc));
        if (Double.isFinite(testAcc)) b.append(", test accuracy ").append(percent(testAcc));
        return b.toString();
    }

    /** The last finite value of a column (test values are measured once an epoch, NaN between). */
    private static double latest(List<MetricsRow> rows, java.util.function.ToDoubleFunction<MetricsRow> column) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            double v = column.applyAsDouble(rows.get(i));
            if (Double.isFinite(v)) return v;
        }
        return Double.NaN;
    }

    /** What the data view shades and dots. */
    static String data(Dataset d, PredictionGrid grid) {
        String points = d.train().rows() + " training points (filled) and " + d.test().rows() + " test points (rings)";
        if (d.inputs() == 1) return d.name() + ": the fitted function against the targets, " + points;
        if (d.task() == Task.CLASSIFICATION) {
            String classes = d.classNames() == null || d.classNames().isEmpty() ? d.outputs() + " classes"
                    : d.outputs() + " classes (" + String.join(", ", d.classNames()) + ")";
            return cut(d.name() + ": " + (grid == null ? "" : "decision regions of ") + classes
                    + ", shade for confidence, " + points);
        }
        return d.name() + ": " + (grid == null ? "" : "the regression surface and ") + points;
    }

    /** Where each trace ends (its latest value). */
    static String traces(String title, List<TrajectoryPlot.Trace> traces) {
        List<String> parts = new ArrayList<>();
        for (TrajectoryPlot.Trace t : traces) {
            if (t.ys().length > 0) parts.add(t.name() + " now " + num(t.ys()[t.ys().length - 1]));
        }
        return cut(title + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
    }

    /** Three significant digits, without trailing zeros: 0.531, -4, 1200. */
    static String num(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return NumberText.compact(new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue());
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    private static String cut(String s) {
        return s.length() <= MAX_LENGTH ? s : s.substring(0, MAX_LENGTH - 1) + "…";
    }
}
