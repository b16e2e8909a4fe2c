package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * rational: the "safe" Padé activation unit of degree 5/4 (Molina et al.),
 * f(x) = P(x)/Q(x), P(x) = Σ_{j=0..5} a_j·x^j, Q(x) = 1 + Σ_{k=1..4} |b_k|·|x|^k ≥ 1, so no poles.
 * Parameters [a_0..a_5, b_1..b_4]; the init is the spec's fit to leaky ReLU.
 */
public final class RationalActivation extends Activation {

    private static final double[] INIT = {
        0.0335584, 0.505000, 1.653439, 2.010011, 0.931902, 0.152424,
        3.308e-6, 3.980216, 5.125e-7, 0.301830};
    private static final int B = 6; // index of b_1

    public static FamilyInfo info() {
        return new FamilyInfo("rational", true, List.of(), "10",
                "Padé unit P₅(x)/(1 + Σ|b_k||x|^k), pole-free, starts as a fit to leaky ReLU",
                v -> new RationalActivation());
    }

    @Override public String family() { return "rational"; }
    @Override public String displayName() { return "rational (PAU 5/4)"; }
    @Override public int parameterCount() { return 10; }
    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public boolean linearInParameters() { return false; }
    @Override public WeightInit weightInit() { return WeightInit.HE; }

    /** He-init pre-activations are ~N(0, 2)-ish; [-3, 3] is where the leaky-ReLU init was fitted and holds most. */
    @Override public double[] workingRange() { return new double[] {-3, 3}; }

    @Override
    public List<String> parameterNames() {
        return List.of("a_0", "a_1", "a_2", "a_3", "a_4", "a_5", "b_1", "b_2", "b_3", "b_4");
    }

    @Override
    protected double[] defaultInitialParameters() {
        return INIT.clone();
    }

    // ---- reference math ----

    private static double numerator(double x, double[] p, int off) {
        return p[off] + x * (p[off + 1] + x * (p[off + 2] + x * (p[off + 3] + x * (p[off + 4] + x * p[off + 5]))));
    }

    private static double denominator(double x, double[] p, int off) {
        double ax = Math.abs(x);
        return 1 + ax * (Math.abs(p[off + B]) + ax * (Math.abs(p[off + B + 1])
                + ax * (Math.abs(p[off + B + 2]) + ax * Math.abs(p[off + B + 3]))));
    }

    @Override
    public double value(double x, double[] p, int off) {
        return numerator(x, p, off) / denominator(x, p, off);
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        double ax = Math.abs(x);
        double q = denominator(x, p, off);
        double f = numerator(x, p, off) / q;
        double dP = p[off + 1] + x * (2 * p[off + 2] + x * (3 * p[off + 3] + x * (4 * p[off + 4] + x * 5 * p[off + 5])));
        // dQ/dx = sign(x)·Σ k|b_k||x|^{k−1}: the d|x|/dx = sign(x) term
        double dQ = Math.signum(x) * (Math.abs(p[off + B]) + ax * (2 * Math.abs(p[off + B + 1])
                + ax * (3 * Math.abs(p[off + B + 2]) + ax * 4 * Math.abs(p[off + B + 3]))));
        return (dP - f * dQ) / q;
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        double q = denominator(x, p, off);
        double f = numerator(x, p, off) / q;
        double pw = 1 / q;
        for (int j = 0; j <= 5; j++) {
            out[outOff + j] = pw;
            pw *= x;
        }
        // ∂f/∂b_k = −(P/Q²)·|x|^k·sign(b_k)
        double ax = Math.abs(x);
        double t = -f / q;
        for (int k = 0; k < 4; k++) {
            t *= ax;
            out[outOff + B + k] = t * Math.signum(p[off + B + k]);
        }
    }

    // ---- kernels ----

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        final int stride = sharing == Sharing.NEURON ? 10 : 0;
        for (int r = 0; r < rows; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                double x = z[base + j];
                double ax = Math.abs(x);
                double num = p[off] + x * (p[off + 1] + x * (p[off + 2] + x * (p[off + 3] + x * (p[off + 4] + x * p[off + 5]))));
                double den = 1 + ax * (Math.abs(p[off + 6]) + ax * (Math.abs(p[off + 7])
                        + ax * (Math.abs(p[off + 8]) + ax * Math.abs(p[off + 9]))));
                y[base + j] = (float) (num / den);
            }
        }
    }

    /**
     * Walks column by column (one unit at a time) so the ten parameter gradients of the current vector
     * live in local doubles for both sharings; they are added to dp once per column.
     */
    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        final int stride = sharing == Sharing.NEURON ? 10 : 0;
        for (int j = 0; j < units; j++) {
            int off = j * stride;
            double a0 = p[off], a1 = p[off + 1], a2 = p[off + 2], a3 = p[off + 3], a4 = p[off + 4], a5 = p[off + 5];
            double b1 = Math.abs(p[off + 6]), b2 = Math.abs(p[off + 7]), b3 = Math.abs(p[off + 8]), b4 = Math.abs(p[off + 9]);
            double s1 = Math.signum(p[off + 6]), s2 = Math.signum(p[off + 7]);
            double s3 = Math.signum(p[off + 8]), s4 = Math.signum(p[off + 9]);
            double ga0 = 0, ga1 = 0, ga2 = 0, ga3 = 0, ga4 = 0, ga5 = 0, gb1 = 0, gb2 = 0, gb3 = 0, gb4 = 0;
            for (int i = j, end = rows * units; i < end; i += units) {
                double x = z[i];
                double g = dy[i];
                double ax = Math.abs(x);
                double num = a0 + x * (a1 + x * (a2 + x * (a3 + x * (a4 + x * a5))));
                double den = 1 + ax * (b1 + ax * (b2 + ax * (b3 + ax * b4)));
                double inv = 1 / den;
                double f = num * inv;
                double dNum = a1 + x * (2 * a2 + x * (3 * a3 + x * (4 * a4 + x * 5 * a5)));
                double dDen = Math.signum(x) * (b1 + ax * (2 * b2 + ax * (3 * b3 + ax * 4 * b4)));
                dz[i] = (float) (g * (dNum - f * dDen) * inv);
                double ga = g * inv;
                ga0 += ga;
                ga = ga * x;
                ga1 += ga;
                ga = ga * x;
                ga2 += ga;
                ga = ga * x;
                ga3 += ga;
                ga = ga * x;
                ga4 += ga;
                ga5 += ga * x;
                double gb = -g * f * inv * ax;
                gb1 += gb;
                gb = gb * ax;
                gb2 += gb;
                gb = gb * ax;
                gb3 += gb;
                gb4 += gb * ax;
            }
            dp[off] += ga0;
            dp[off + 1] += ga1;
            dp[off + 2] += ga2;
            dp[off + 3] += ga3;
            dp[off + 4] += ga4;
            dp[off + 5] += ga5;
            dp[off + 6] += gb1 * s1;
            dp[off + 7] += gb2 * s2;
            dp[off + 8] += gb3 * s3;
            dp[off + 9] += gb4 * s4;
        }
    }

    // ---- view ----

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        double[] num = new double[points];
        double[] den = new double[points];
        for (int i = 0; i < points; i++) {
            num[i] = numerator(x[i], p, off);
            den[i] = denominator(x[i], p, off);
        }
        List<ActivationView.Bar> bars = new ArrayList<>();
        double[] a = new double[6];
        String[] powers = new String[6];
        for (int j = 0; j <= 5; j++) {
            a[j] = p[off + j];
            powers[j] = FormulaText.power("x", j);
            bars.add(new ActivationView.Bar("numerator", "a_" + j, a[j]));
        }
        double[] b = new double[5];
        String[] absPowers = new String[5];
        b[0] = 1;
        absPowers[0] = "";
        for (int k = 1; k <= 4; k++) {
            bars.add(new ActivationView.Bar("denominator", "b_" + k, p[off + B + k - 1]));
            b[k] = Math.abs(p[off + B + k - 1]);
            absPowers[k] = FormulaText.power("|x|", k);
        }
        String formula = "f(x) = (" + FormulaText.sum(a, powers) + ") / (" + FormulaText.sum(b, absPowers) + ")";
        return new ActivationView(x, CurveSampling.values(this, x, p, off), CurveSampling.derivatives(this, x, p, off),
                List.of(new ActivationView.Component("P(x)", num), new ActivationView.Component("Q(x)", den)),
                List.of(), bars, Map.of(), null, formula);
    }
}
