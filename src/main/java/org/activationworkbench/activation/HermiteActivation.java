package org.activationworkbench.activation;

import org.activationworkbench.core.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * hermite: f(x) = Σ_{k=0..n} a_k·s_k·He_k(x) with the probabilists' Hermite polynomials
 * He_0 = 1, He_1 = x, He_{k+1} = x·He_k − k·He_{k−1}, and s_k = 1/k! (torchortho 0.1.2) or 1/√k! (0.1.1, an
 * orthonormal basis under N(0, 1)).
 *
 * <p>The kernels run the recurrence directly on u_k = He_k/k!, which obeys u_{k+1} = (x·u_k − u_{k−1})/(k+1): no
 * factorial division and no overflow at high degree. A 0.1.1 series is the same curve in that basis with
 * coefficients a_k·√k!, so its kernels rescale the few parameters instead of slowing the per-value loop.
 */
public final class HermiteActivation extends CoefficientSeries {

    static final int DEFAULT_DEGREE = 3;
    static final int MAX_DEGREE = 20;

    /** 0.1.1's constants: a_0 = 0.66549·√6/π (0.66549 ≈ √(π²/6 − ζ(3))), a_k = √6/(π·k^{3/2}). */
    private static final double PAPER_A0 = 0.66549;
    private static final double PAPER_SCALE = Math.sqrt(6) / Math.PI;

    private final Torchortho version;
    /** s_k: the basis scale. */
    private final double[] scale;
    /** (m + 1)·s_{m+1}: f' = Σ_m a_{m+1}·He_m·(m + 1)·s_{m+1}. */
    private final double[] slopeScale;
    /** s_k·k!: what takes a coefficient into the kernels' He_k/k! basis (1 for 0.1.2, √k! for 0.1.1). */
    private final double[] toKernelBasis;

    public HermiteActivation(int degree) {
        this(degree, Torchortho.V0_1_2);
    }

    public HermiteActivation(int degree, Torchortho version) {
        super("hermite", degree, MAX_DEGREE);
        this.version = version;
        int n = degree + 1;
        scale = new double[n];
        slopeScale = new double[n];
        toKernelBasis = new double[n];
        boolean factorial = version == Torchortho.V0_1_2;
        for (int k = 0; k < n; k++) {
            // 0.1.2 takes the tables as they are, so its arithmetic is what it always was
            scale[k] = factorial ? Factorials.INVERSE[k] : Math.sqrt(Factorials.INVERSE[k]);
            slopeScale[k] = factorial ? Factorials.INVERSE[k] : Math.sqrt((k + 1) * Factorials.INVERSE[k]);
            toKernelBasis[k] = factorial ? 1 : Math.sqrt(Factorials.of(k));
        }
    }

    public Torchortho version() {
        return version;
    }

    public static FamilyInfo info() {
        return new FamilyInfo("hermite", true, List.of(
                Option.integer("degree", DEFAULT_DEGREE, 1, MAX_DEGREE, "Degree", "Degree n of the Hermite series"),
                Torchortho.option()),
                "n + 1 (4)",
                "Hermite series Σ a_k·He_k(x)/k! (0.1.1: /√k!), initialised for unit variance under N(0,1) inputs",
                v -> new HermiteActivation(v.integer("degree"), Torchortho.of(v)));
    }

    @Override
    protected double[] defaultInitialParameters() {
        double[] p = new double[degree + 1];
        if (version == Torchortho.V0_1_1) {
            p[0] = PAPER_A0 * PAPER_SCALE;
            for (int k = 1; k <= degree; k++) p[k] = PAPER_SCALE / Math.pow(k, 1.5);
            return p;
        }
        double s = Math.exp(-0.5);
        java.util.Arrays.fill(p, s);
        p[0] = s * Math.sqrt(1 - Factorials.INVERSE[degree]);
        return p;
    }

    // ---- reference math: He_k by the recurrence, times s_k ----

    @Override
    public double value(double x, double[] p, int off) {
        double prev = 1;
        double he = x;
        double f = p[off] + p[off + 1] * x;
        for (int k = 1; k < degree; k++) {
            double next = x * he - k * prev;
            prev = he;
            he = next;
            f += p[off + k + 1] * he * scale[k + 1];
        }
        return f;
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        // f' = Σ_{k≥1} a_k·k·s_k·He_{k−1}
        double prev = 0;
        double he = 1;
        double g = 0;
        for (int m = 0; m < degree; m++) {
            g += p[off + m + 1] * he * slopeScale[m];
            double next = x * he - m * prev;
            prev = he;
            he = next;
        }
        return g;
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        double prev = 0;
        double he = 1;
        for (int k = 0; k <= degree; k++) {
            out[outOff + k] = he * scale[k];
            double next = x * he - k * prev;
            prev = he;
            he = next;
        }
    }

    // ---- kernels: one loop shape for both sharings, the vector offset is j·stride (stride 0 = layer) ----

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        forwardInKernelBasis(z, y, rows, units, inKernelBasis(p), sharing);
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        if (version == Torchortho.V0_1_2) {
            backwardInKernelBasis(z, dy, dz, dp, rows, units, p, sharing);
            return;
        }
        // f depends on a_k through b_k = a_k·t_k only, so ∂L/∂a_k = t_k·∂L/∂b_k
        double[] db = new double[dp.length];
        backwardInKernelBasis(z, dy, dz, db, rows, units, inKernelBasis(p), sharing);
        for (int i = 0; i < dp.length; i++) dp[i] += db[i] * toKernelBasis[i % (degree + 1)];
    }

    /** The coefficients b_k = a_k·s_k·k! of the same curve in the He_k/k! basis (the array itself for 0.1.2). */
    private double[] inKernelBasis(double[] p) {
        if (version == Torchortho.V0_1_2) return p;
        double[] b = new double[p.length];
        for (int i = 0; i < p.length; i++) b[i] = p[i] * toKernelBasis[i % (degree + 1)];
        return b;
    }

    private void forwardInKernelBasis(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        final int n = degree;
        final int stride = sharing == Sharing.NEURON ? n + 1 : 0;
        final double[] recip = Factorials.RECIPROCAL;
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                double x = z[base + j];
                double prev = 1;
                double u = x;
                double f = p[off] + p[off + 1] * x;
                for (int k = 1; k < n; k++) {
                    double next = (x * u - prev) * recip[k + 1];
                    prev = u;
                    u = next;
                    f += p[off + k + 1] * u;
                }
                y[base + j] = (float) f;
            }
        }
    }

    private void backwardInKernelBasis(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                                       double[] p, Sharing sharing) {
        final int n = degree;
        final int stride = sharing == Sharing.NEURON ? n + 1 : 0;
        final double[] recip = Factorials.RECIPROCAL;
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                int i = base + j;
                double x = z[i];
                double g = dy[i];
                double prev = 1;      // u_0
                double u = x;         // u_1
                double slope = p[off + 1];
                dp[off] += g;
                for (int k = 1; k < n; k++) {
                    slope += p[off + k + 1] * u;
                    dp[off + k] += g * u;
                    double next = (x * u - prev) * recip[k + 1];
                    prev = u;
                    u = next;
                }
                dp[off + n] += g * u;
                dz[i] = (float) (g * slope);
            }
        }
    }

    // ---- view ----

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        double[][] terms = new double[degree + 1][points];
        double[] basis = new double[degree + 1];
        for (int i = 0; i < points; i++) {
            parameterGradient(x[i], p, off, basis, 0);
            for (int k = 0; k <= degree; k++) terms[k][i] = p[off + k] * basis[k];
        }
        List<ActivationView.Component> components = new ArrayList<>();
        List<ActivationView.Bar> bars = new ArrayList<>();
        double[] coef = new double[degree + 1];
        String[] bases = new String[degree + 1];
        for (int k = 0; k <= degree; k++) {
            components.add(new ActivationView.Component("a_" + k + "·He_" + k + "/" + divisor(k), terms[k]));
            bars.add(new ActivationView.Bar("coefficients", "a_" + k, p[off + k]));
            coef[k] = p[off + k];
            bases[k] = k == 0 ? "" : "He" + FormulaText.subscript(k) + "(x)" + (k >= 2 ? "/" + divisor(k) : "");
        }
        return new ActivationView(x, CurveSampling.values(this, x, p, off), CurveSampling.derivatives(this, x, p, off),
                components, List.of(), bars, Map.of(), null, "f(x) = " + FormulaText.sum(coef, bases));
    }

    /** "k!" or, in 0.1.1, "√k!". */
    private String divisor(int k) {
        return (version == Torchortho.V0_1_1 ? "√" : "") + k + "!";
    }
}
