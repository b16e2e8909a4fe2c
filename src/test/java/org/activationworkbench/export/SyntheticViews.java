package org.activationworkbench.export;

import org.activationworkbench.experiment.Histogram;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.activationworkbench.activation.ActivationView;
import org.activationworkbench.activation.ActivationView.Bar;
import org.activationworkbench.activation.ActivationView.Component;
import org.activationworkbench.activation.ActivationView.Marker;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.plot.ActivationPanel;
import org.activationworkbench.plot.ActivationPlot;
import org.activationworkbench.plot.LayerActivations;
import org.activationworkbench.plot.TickFormat;

/** Hand-built views shaped like the families' real ones, for rendering tests and sample pictures. */
final class SyntheticViews {

    private SyntheticViews() {
    }

    static double[] grid(double lo, double hi, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        return x;
    }

    static double[] map(double[] x, DoubleUnaryOperator f) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return y;
    }

    static ActivationView plain(double[] x, double[] y) {
        return new ActivationView(x, y, new double[x.length], List.of(), List.of(), List.of(), Map.of(), null, "");
    }

    /** Piecewise-linear spline through {@code knots} knots on [-3, 3], linear beyond. */
    static ActivationView bspline(int knots, DoubleUnaryOperator shape) {
        double[] t = grid(-3, 3, knots);
        double[] c = map(t, shape);
        double[] x = grid(-3.6, 3.6, 241);
        double[] y = new double[x.length];
        int[] seg = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            int j = (int) Math.max(0, Math.min(knots - 2, Math.floor((x[i] + 3) / 6 * (knots - 1))));
            double u = (x[i] - t[j]) / (t[j + 1] - t[j]);
            y[i] = c[j] + u * (c[j + 1] - c[j]);
            seg[i] = j;
        }
        List<Marker> markers = new ArrayList<>();
        for (int j = 0; j < knots; j++) {
            markers.add(new Marker("t" + j, t[j], c[j]));
        }
        return new ActivationView(x, y, new double[x.length], List.of(), markers, List.of(), Map.of(), seg, "");
    }

    static Histogram gaussianHistogram(double lo, double hi, double sd, double outside) {
        double[] counts = new double[40];
        for (int i = 0; i < counts.length; i++) {
            double m = lo + (hi - lo) * (i + 0.5) / counts.length;
            counts[i] = Math.exp(-0.5 * m * m / (sd * sd));
        }
        return new Histogram(lo, hi, counts, outside);
    }

    /** dynActivation: B(x)(α − β) + βx with B = tanh. */
    static ActivationView dyn(double alpha, double beta) {
        double[] x = grid(-4, 4, 201);
        double[] bent = map(x, v -> Math.tanh(v) * (alpha - beta));
        double[] lin = map(x, v -> beta * v);
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = bent[i] + lin[i];
        }
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("alpha", alpha);
        scalars.put("beta", beta);
        return new ActivationView(x, y, new double[x.length],
                List.of(new Component("B(x)(α − β)", bent), new Component("βx", lin)), List.of(), List.of(),
                scalars, null, "");
    }

    /** SLAF-like polynomial with coefficient bars and a formula. */
    static ActivationView polynomial(double... a) {
        double[] x = grid(-3, 3, 201);
        double[] y = map(x, v -> {
            double s = 0;
            for (int k = a.length - 1; k >= 0; k--) {
                s = s * v + a[k];
            }
            return s;
        });
        List<Bar> bars = new ArrayList<>();
        StringBuilder f = new StringBuilder("f(x) = ");
        for (int k = 0; k < a.length; k++) {
            bars.add(new Bar("coefficients", "a" + k, a[k]));
            f.append(k == 0 ? "" : a[k] < 0 ? " − " : " + ").append(TickFormat.number(k == 0 ? a[k] : Math.abs(a[k]), 3))
                    .append(k == 0 ? "" : k == 1 ? "x" : "x^" + k);
        }
        return new ActivationView(x, y, new double[x.length], List.of(), List.of(), bars, Map.of(), null, f.toString());
    }

    /** Tropical max-plus: every line k·x + c_k a component, the envelope the curve. */
    static ActivationView tropical(double... c) {
        int n = c.length - 1;
        double[] x = grid(-3, 3, 241);
        double[] y = new double[x.length];
        int[] piece = new int[x.length];
        List<Component> lines = new ArrayList<>();
        double s = Math.sqrt(2) / n;
        for (int k = 0; k <= n; k++) {
            final int kk = k;
            lines.add(new Component("line " + k, map(x, v -> s * (kk * v + c[kk]))));
        }
        for (int i = 0; i < x.length; i++) {
            y[i] = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= n; k++) {
                double v = lines.get(k).y()[i];
                if (v > y[i]) {
                    y[i] = v;
                    piece[i] = k;
                }
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            bars.add(new Bar("offsets", "c" + k, c[k]));
        }
        return new ActivationView(x, y, new double[x.length], lines, List.of(), bars, Map.of(), piece, "");
    }

    /** Fourier-like: two bar groups (amplitudes, frequencies) and a term per component. */
    static ActivationView fourier() {
        double[] amp = {0.9, -0.4, 0.25};
        double[] omega = {1.0, 2.1, 3.3};
        double[] x = grid(-3, 3, 241);
        List<Component> terms = new ArrayList<>();
        double[] y = new double[x.length];
        for (int k = 0; k < amp.length; k++) {
            final int kk = k;
            double[] term = map(x, v -> amp[kk] * Math.cos(omega[kk] * v - 0.3 * kk));
            terms.add(new Component("term " + (k + 1), term));
            for (int i = 0; i < y.length; i++) {
                y[i] += term[i];
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int k = 0; k < amp.length; k++) {
            bars.add(new Bar("amplitudes", "c" + (k + 1), amp[k]));
        }
        for (int k = 0; k < omega.length; k++) {
            bars.add(new Bar("frequencies", "ω" + (k + 1), omega[k]));
        }
        return new ActivationView(x, y, new double[x.length], terms, List.of(), bars, Map.of(), null, "");
    }

    /** A two-layer network with one shared bspline per layer, init ghost, trail and histograms. */
    static ActivationPlot sharedBsplines() {
        List<LayerActivations> layers = new ArrayList<>();
        for (int l = 0; l < 2; l++) {
            double bend = 0.4 + 0.3 * l;
            ActivationView init = bspline(21, v -> Math.max(0, v));
            ActivationView now = bspline(21, v -> Math.max(0, v) + bend * Math.sin(1.7 * v) * Math.exp(-0.2 * v * v)
                    - 0.15 * v);
            List<ActivationView> trail = new ArrayList<>();
            for (int k = 1; k <= 4; k++) {
                double b = bend * k / 5.0;
                trail.add(bspline(21, v -> Math.max(0, v) + b * Math.sin(1.7 * v) * Math.exp(-0.2 * v * v)));
            }
            Histogram h = gaussianHistogram(-3, 3, 1.2 + l, l == 0 ? 0.04 : 0.23);
            layers.add(new LayerActivations("hidden layer " + (l + 1),
                    List.of(new ActivationPanel("", now, init, trail, h))));
        }
        return new ActivationPlot("Learned activations — bspline (21 knots on [−3, 3])",
                "two-moons · hidden 32,32 · epoch 40", layers);
    }

    static ActivationPlot dynPanels() {
        return new ActivationPlot("dynActivation", "", List.of(
                new LayerActivations("hidden layer 1", List.of(new ActivationPanel("", dyn(1.02, 0.13), dyn(1, 0),
                        List.of(), null))),
                new LayerActivations("hidden layer 2", List.of(new ActivationPanel("", dyn(0.71, 0.42), dyn(1, 0),
                        List.of(), null)))));
    }

    static ActivationPlot polynomialPanels() {
        return new ActivationPlot("SLAF (degree 3) and tropical (degree 5)", "", List.of(
                new LayerActivations("hidden layer 1 · slaf", List.of(new ActivationPanel("",
                        polynomial(0.05, 0.52, 0.21, -0.034), polynomial(0, 0.5, 0.1, 0), List.of(), null))),
                new LayerActivations("hidden layer 2 · tropical", List.of(new ActivationPanel("",
                        tropical(0.3, -0.2, 0.1, 0.4, -0.5, -1.6), null, List.of(), null))),
                new LayerActivations("hidden layer 3 · fourier", List.of(new ActivationPanel("",
                        fourier(), null, List.of(), null)))));
    }

    /** One layer-shared rational-like activation with a near-pole spike: robust limits clip it and say so. */
    static ActivationPlot singleWithSpike() {
        double[] x = grid(-3, 3, 301);
        double[] y = map(x, v -> Math.tanh(v) + 0.04 / (0.002 + (v - 1.4) * (v - 1.4)));
        double[] num = map(x, v -> Math.tanh(v));
        ActivationView view = new ActivationView(x, y, new double[x.length],
                List.of(new Component("P(x)", num)), List.of(), List.of(), Map.of(), null,
                "f(x) = (0.02 + 1.01x − 0.03x² + 0.31x³ + 0.004x⁴ + 0.02x⁵) / (1 + |0.8x| + |0.002x²| + |0.3x³| + |0.01x⁴|)");
        Histogram h = gaussianHistogram(-3, 3, 1, 0.02);
        return new ActivationPlot("rational (PAU)", "", List.of(new LayerActivations("hidden layer 1",
                List.of(new ActivationPanel("", view, plain(x, map(x, Math::tanh)), List.of(), h)))));
    }

    /** One layer of 8 per-neuron splines and a second of 4: small multiples. */
    static ActivationPlot perNeuronGrid() {
        List<ActivationPanel> first = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            final int j = n;
            double a = 0.2 + 0.15 * j;
            double ph = 0.6 * j;
            ActivationView now = bspline(11, v -> Math.max(0, v) * (1 - 0.1 * j) + 0.35 * a * Math.sin(1.5 * v + ph));
            Histogram h = gaussianHistogram(-3, 3, 0.8 + 0.25 * j, j == 6 ? 0.31 : 0.02);
            first.add(new ActivationPanel("neuron " + (j + 1), now, bspline(11, v -> Math.max(0, v)), List.of(), h));
        }
        List<ActivationPanel> second = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            double s = 0.5 + 0.3 * j;
            second.add(new ActivationPanel("neuron " + (j + 1), bspline(11, v -> Math.tanh(s * v) + 0.1 * v),
                    bspline(11, v -> Math.max(0, v)), List.of(), null));
        }
        return new ActivationPlot("Per-neuron activations — bspline (11 knots)", "mnist-subset · epoch 12",
                List.of(new LayerActivations("hidden layer 1", first), new LayerActivations("hidden layer 2", second)));
    }

    /** 200 rows: train loss every row with noise, test loss and accuracy once per 10 rows (once an epoch). */
    static List<MetricsRow> lossRows(int n, boolean accuracy) {
        List<MetricsRow> rows = new ArrayList<>();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            double epoch = i / 10.0;
            double train = 0.05 + 1.1 * Math.exp(-epoch / 4) + 0.04 * r.nextGaussian() * Math.exp(-epoch / 10);
            boolean eval = i % 10 == 9;
            double test = eval ? 0.09 + 1.05 * Math.exp(-epoch / 4.5) + 0.01 * epoch : Double.NaN;
            double trainAcc = accuracy ? Math.min(0.99, 1 - 0.5 * Math.exp(-epoch / 3) + 0.01 * r.nextGaussian())
                    : Double.NaN;
            double testAcc = accuracy && eval ? 0.95 - 0.45 * Math.exp(-epoch / 3.5) : Double.NaN;
            rows.add(new MetricsRow(i * 50L, epoch, i * 0.3, train, test, trainAcc, testAcc));
        }
        return rows;
    }
}
