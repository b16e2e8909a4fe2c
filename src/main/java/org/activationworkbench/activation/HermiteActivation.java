package org.activationworkbench.activation;

import org.activationworkbench.core.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * hermite: f(x) = Σ_{k=0..n} a_k·He_k(x)/k! with the probabilists' Hermite polynomials
 * He_0 = 1, He_1 = x, He_{k+1} = x·He_k − k·He_{k−1}.
 *
 * <p>The kernels run the recurrence directly on u_k = He_k/k!, which obeys
 * u_{k+1} = (x·u_k − u_{k−1})/(k+1): no factorial division and no overflow at high degree.
 */
public final class HermiteActivation extends CoefficientSeries {

    static final int DEFAULT_DEGREE = 3;
    static final int MAX_DEGREE = 20;

    public HermiteActivation(int degree) {
        super("hermite", degree, MAX_DEGREE);
    }

    public static FamilyInfo info() {
        return new FamilyInfo("hermite", true, List.of(
                Option.integer("degree", DEFAULT_DEGREE, 1, MAX_DEGREE, "Degree", "Degree n of the Hermite series")),
                "n + 1 (4)",
                "Hermite series Σ a_k·He_k(x)/k!, initialised for unit variance under N(0,1) inputs",
                v -> new HermiteActivation(v.integer("degree")));
    }

    @Override
    protected double[] defaultInitialParameters() {
        double[] p = new double[degree + 1];
        double s = Math.exp(-0.5);
        java.util.Arrays.fill(p, s);
        p[0] = s * Math.sqrt(1 - Factorials.INVERSE[degree]);
        return p;
    }

    // ---- reference math: He_k by the recurrence, divided by k! ----

    @Override
    public double value(double x, double[] p, int off) {
        double prev = 1;
        double he = x;
        double f = p[off] + p[off + 1] * x;
        for (int k = 1; k < degree; k++) {
            double next = x * he - k * prev;
            prev = he;
            he = next;
            f += p[off + k + 1] * he * Factorials.INVERSE[k + 1];
        }
        return f;
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        // f' = Σ_{k≥1} a_k·He_{k−1}/(k−1)!
        double prev = 0;
        double he = 1;
        double g = 0;
        for (int m = 0; m < degree; m++) {
            g += p[off + m + 1] * he * Factorials.INVERSE[m];
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
            out[outOff + k] = he * Factorials.INVERSE[k];
            double next = x * he - k * prev;
            prev = he;
            he = next;
        }
    }

    // ---- kernels: one loop shape for both sharings, the vector offset is j·stride (stride 0 = layer) ----

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
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

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
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
            components.add(new ActivationView.Component("a_" + k + "·He_" + k + "/" + k + "!", terms[k]));
            bars.add(new ActivationView.Bar("coefficients", "a_" + k, p[off + k]));
            coef[k] = p[off + k];
            bases[k] = k == 0 ? "" : "He" + FormulaText.subscript(k) + "(x)" + (k >= 2 ? "/" + k + "!" : "");
        }
        return new ActivationView(x, CurveSampling.values(this, x, p, off), CurveSampling.derivatives(this, x, p, off),
                components, List.of(), bars, Map.of(), null, "f(x) = " + FormulaText.sum(coef, bases));
    }
}
