package org.activationworkbench.activation;

import org.activationworkbench.core.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * slaf: f(x) = Σ_{k=0..d} a_k·x^k, the power-basis self-learnable activation. Starts as the identity.
 */
public final class SlafActivation extends CoefficientSeries {

    static final int DEFAULT_DEGREE = 3;
    static final int MAX_DEGREE = 9;

    public SlafActivation(int degree) {
        super("slaf", degree, MAX_DEGREE);
    }

    public static FamilyInfo info() {
        return new FamilyInfo("slaf", true, List.of(
                Option.integer("degree", DEFAULT_DEGREE, 1, MAX_DEGREE, "Degree", "Degree d of the polynomial")),
                "d + 1 (4)",
                "self-learnable polynomial Σ a_k·x^k, starts as the identity",
                v -> new SlafActivation(v.integer("degree")));
    }

    @Override
    protected double[] defaultInitialParameters() {
        double[] p = new double[degree + 1];
        p[1] = 1;
        return p;
    }

    // ---- reference math ----

    @Override
    public double value(double x, double[] p, int off) {
        double f = p[off + degree];
        for (int k = degree - 1; k >= 0; k--) f = f * x + p[off + k];
        return f;
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        double g = degree * p[off + degree];
        for (int k = degree - 1; k >= 1; k--) g = g * x + k * p[off + k];
        return g;
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        double pw = 1;
        for (int k = 0; k <= degree; k++) {
            out[outOff + k] = pw;
            pw *= x;
        }
    }

    // ---- kernels: one loop shape for both sharings, the vector offset is j·stride (stride 0 = layer) ----

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        final int d = degree;
        final int stride = sharing == Sharing.NEURON ? d + 1 : 0;
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                double x = z[base + j];
                double f = p[off + d];
                for (int k = d - 1; k >= 0; k--) f = f * x + p[off + k];
                y[base + j] = (float) f;
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        final int d = degree;
        final int stride = sharing == Sharing.NEURON ? d + 1 : 0;
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                int i = base + j;
                double x = z[i];
                double g = dy[i];
                double slope = d * p[off + d];
                for (int k = d - 1; k >= 1; k--) slope = slope * x + k * p[off + k];
                double pw = g;
                for (int k = 0; k <= d; k++) {
                    dp[off + k] += pw;
                    pw *= x;
                }
                dz[i] = (float) (g * slope);
            }
        }
    }

    // ---- view ----

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        List<ActivationView.Component> terms = new ArrayList<>();
        List<ActivationView.Bar> bars = new ArrayList<>();
        double[] coef = new double[degree + 1];
        String[] bases = new String[degree + 1];
        for (int k = 0; k <= degree; k++) {
            double a = p[off + k];
            double[] t = new double[points];
            for (int i = 0; i < points; i++) t[i] = a * Math.pow(x[i], k);
            terms.add(new ActivationView.Component("a_" + k + "·" + (k == 0 ? "1" : FormulaText.power("x", k)), t));
            bars.add(new ActivationView.Bar("coefficients", "a_" + k, a));
            coef[k] = a;
            bases[k] = FormulaText.power("x", k);
        }
        return new ActivationView(x, CurveSampling.values(this, x, p, off), CurveSampling.derivatives(this, x, p, off),
                terms, List.of(), bars, Map.of(), null, "f(x) = " + FormulaText.sum(coef, bases));
    }
}
