package org.activationworkbench.activation;

import org.activationworkbench.core.Option;

import org.activationworkbench.core.NumberText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * tropical: max-plus polynomial f(x) = g·max_{k=0..n} (k·x + c_k) with the gain g = √2/n (torchortho 0.1.2) or 1
 * (0.1.1). Parameters [c_0 … c_n], init c_k = 1, which gives √2·ReLU(x) + √2/n in 0.1.2 and n·ReLU(x) + 1 in 0.1.1
 * (0.1.1's init is not in the sources this project has; it keeps 0.1.2's). Gradients flow through the winning index k*; on a tie the lowest k wins, in the
 * reference math, the kernels and the views alike.
 */
public final class TropicalActivation extends Activation {

    private static final double[] RANGE = {-4, 4};

    static final FamilyInfo INFO = new FamilyInfo("tropical", true, List.of(
            Option.integer("degree", 5, 1, 50, "Degree", "Degree n: the number of lines is n + 1"),
            Torchortho.option()),
            "n + 1 per vector (6)",
            "tropical polynomial: (√2/n)·max over k of (k·x + c_k) (0.1.1: no √2/n), a learned convex piecewise-linear curve",
            v -> new TropicalActivation(v.integer("degree"), Torchortho.of(v)));

    private final int degree;
    private final Torchortho version;
    private final double scale;

    public TropicalActivation(int degree) {
        this(degree, Torchortho.V0_1_2);
    }

    public TropicalActivation(int degree, Torchortho version) {
        if (degree < 1) throw new IllegalArgumentException("tropical needs degree ≥ 1");
        this.degree = degree;
        this.version = version;
        this.scale = version == Torchortho.V0_1_2 ? Math.sqrt(2) / degree : 1.0;
    }

    public Torchortho version() {
        return version;
    }

    public int degree() {
        return degree;
    }

    @Override public String family() { return "tropical"; }
    @Override public String displayName() { return "tropical (degree " + degree + ")"; }
    @Override public int parameterCount() { return degree + 1; }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(degree + 1);
        for (int k = 0; k <= degree; k++) names.add("c" + k);
        return List.copyOf(names);
    }

    @Override
    protected double[] defaultInitialParameters() {
        double[] c = new double[degree + 1];
        java.util.Arrays.fill(c, 1.0);
        return c;
    }

    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public double[] workingRange() { return RANGE.clone(); }
    @Override public boolean linearInParameters() { return false; }
    @Override public WeightInit weightInit() { return WeightInit.LECUN; }

    /** k* = the lowest k maximising k·x + c_k. */
    private int winner(double x, double[] p, int off) {
        double best = p[off];
        int kStar = 0;
        for (int k = 1; k <= degree; k++) {
            double v = k * x + p[off + k];
            if (v > best) { // strict: a tie keeps the lower k
                best = v;
                kStar = k;
            }
        }
        return kStar;
    }

    @Override
    public double value(double x, double[] p, int off) {
        int k = winner(x, p, off);
        return scale * (k * x + p[off + k]);
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        return scale * winner(x, p, off);
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        java.util.Arrays.fill(out, outOff, outOff + degree + 1, 0.0);
        out[outOff + winner(x, p, off)] = scale;
    }

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        int stride = sharing == Sharing.NEURON ? degree + 1 : 0;
        for (int r = 0, row = 0; r < rows; r++, row += units) {
            for (int j = 0, off = 0; j < units; j++, off += stride) {
                double x = z[row + j];
                double best = p[off];
                for (int k = 1; k <= degree; k++) best = Math.max(best, k * x + p[off + k]);
                y[row + j] = (float) (scale * best);
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        // layer sharing: every unit reads and accumulates into the same n + 1 values (stride 0)
        int stride = sharing == Sharing.NEURON ? degree + 1 : 0;
        for (int r = 0, row = 0; r < rows; r++, row += units) {
            for (int j = 0, off = 0; j < units; j++, off += stride) {
                int i = row + j;
                int kStar = winner(z[i], p, off);
                double g = dy[i] * scale;
                dz[i] = (float) (g * kStar);
                dp[off + kStar] += g;
            }
        }
    }

    /** The curve, each line (√2/n)·(k·x + c_k) as a component, and per sample the winning k. */
    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        double[] y = new double[points];
        double[] dy = new double[points];
        int[] piece = new int[points];
        double[][] lines = new double[degree + 1][points];
        for (int i = 0; i < points; i++) {
            int k = winner(x[i], p, off);
            piece[i] = k;
            y[i] = scale * (k * x[i] + p[off + k]);
            dy[i] = scale * k;
            for (int m = 0; m <= degree; m++) lines[m][i] = scale * (m * x[i] + p[off + m]);
        }
        List<ActivationView.Component> components = new ArrayList<>(degree + 1);
        for (int m = 0; m <= degree; m++) {
            components.add(new ActivationView.Component(m + "·x + c_" + m, lines[m]));
        }
        return new ActivationView(x, y, dy, List.copyOf(components), List.of(), List.of(), Map.of(), piece,
                formula(p, off));
    }

    /** "f(x) = (√2/5)·max(1.00, x + 1.00, 2x + 1.00, …)", or the generic form when there are many lines. */
    private String formula(double[] p, int off) {
        String prefix = "f(x) = " + (version == Torchortho.V0_1_2 ? "(√2/" + degree + ")·" : "") + "max";
        if (degree > 6) return prefix + "_k (k·x + c_k), k = 0.." + degree;
        StringBuilder s = new StringBuilder(prefix).append('(').append(NumberText.sig3(p[off]));
        for (int k = 1; k <= degree; k++) {
            s.append(", ").append(k == 1 ? "" : k).append('x').append(NumberText.plus(p[off + k]));
        }
        return s.append(')').toString();
    }
}
