package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fourier: f(x) = a_0 + Σ_{k=1..n} c_k·cos(ω_k·x − φ_k)/k!.
 * Parameters [a_0, c_1..c_n, ω_1..ω_n, φ_1..φ_n]; a_0 sits at 0, c_k at k, ω_k at n + k, φ_k at 2n + k.
 * Linear in a_0 and c_k only, so --init-fit holds ω and φ at their init.
 */
public final class FourierActivation extends Activation {

    static final int DEFAULT_DEGREE = 5;
    static final int MAX_DEGREE = 12;
    /** 1/√I_0(2), I_0(2) = Σ_j 1/(j!)². */
    static final double AMPLITUDE = 0.66232645879;

    private final int degree;

    public FourierActivation(int degree) {
        if (degree < 1 || degree > MAX_DEGREE) throw new IllegalArgumentException("fourier degree out of range: " + degree);
        this.degree = degree;
    }

    public static FamilyInfo info() {
        return new FamilyInfo("fourier", true, "--degree " + DEFAULT_DEGREE, "3n + 1 (16)",
                "trigonometric series a_0 + Σ c_k·cos(ω_k·x − φ_k)/k! with learnable frequencies and phases",
                spec -> new FourierActivation(DegreeOptions.degree(spec, "fourier", DEFAULT_DEGREE, MAX_DEGREE)));
    }

    public int degree() {
        return degree;
    }

    @Override public String family() { return "fourier"; }
    @Override public String displayName() { return "fourier (degree " + degree + ")"; }
    @Override public int parameterCount() { return 3 * degree + 1; }
    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public boolean linearInParameters() { return true; }
    @Override public WeightInit weightInit() { return WeightInit.LECUN; }

    /** Inputs are ~N(0,1) under LeCun weights: ±3σ holds 99.7%; wider would fit periodic wiggles nobody feeds. */
    @Override public double[] workingRange() { return new double[] {-3, 3}; }

    /** Only a_0 and the c_k enter linearly; ω and φ keep their init during --init-fit. */
    @Override
    public boolean[] fitMask() {
        boolean[] m = new boolean[parameterCount()];
        for (int k = 0; k <= degree; k++) m[k] = true;
        return m;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        names.add("a_0");
        for (int k = 1; k <= degree; k++) names.add("c_" + k);
        for (int k = 1; k <= degree; k++) names.add("omega_" + k);
        for (int k = 1; k <= degree; k++) names.add("phi_" + k);
        return names;
    }

    @Override
    protected double[] defaultInitialParameters() {
        int n = degree;
        double[] p = new double[3 * n + 1];
        double invFact = Factorials.INVERSE[n];
        p[0] = AMPLITUDE * Math.sqrt(1 - invFact * invFact);
        for (int k = 1; k <= n; k++) {
            p[k] = AMPLITUDE;
            p[n + k] = k;
            p[2 * n + k] = Math.PI / 4;
        }
        return p;
    }

    // ---- reference math ----

    @Override
    public double value(double x, double[] p, int off) {
        int n = degree;
        double f = p[off];
        for (int k = 1; k <= n; k++) {
            f += p[off + k] * Math.cos(p[off + n + k] * x - p[off + 2 * n + k]) * Factorials.INVERSE[k];
        }
        return f;
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        int n = degree;
        double g = 0;
        for (int k = 1; k <= n; k++) {
            double w = p[off + n + k];
            g -= p[off + k] * w * Math.sin(w * x - p[off + 2 * n + k]) * Factorials.INVERSE[k];
        }
        return g;
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        int n = degree;
        out[outOff] = 1;
        for (int k = 1; k <= n; k++) {
            double zk = p[off + n + k] * x - p[off + 2 * n + k];
            double amp = p[off + k] * Factorials.INVERSE[k];
            double s = Math.sin(zk);
            out[outOff + k] = Math.cos(zk) * Factorials.INVERSE[k];
            out[outOff + n + k] = -amp * x * s;
            out[outOff + 2 * n + k] = amp * s;
        }
    }

    // ---- kernels: one loop shape for both sharings, the vector offset is j·stride (stride 0 = layer) ----

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        final int stride = sharing == Sharing.NEURON ? 3 * degree + 1 : 0;
        RowSplit.run(rows, units, null, (from, to, unused) -> forwardRows(z, y, from, to, units, p, stride));
    }

    private void forwardRows(float[] z, float[] y, int from, int to, int units, double[] p, int stride) {
        final int n = degree;
        final double[] invFact = Factorials.INVERSE;
        for (int r = from; r < to; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                double x = z[base + j];
                double f = p[off];
                for (int k = 1; k <= n; k++) {
                    f += p[off + k] * invFact[k] * FastTrig.cos(p[off + n + k] * x - p[off + 2 * n + k]);
                }
                y[base + j] = (float) f;
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        final int stride = sharing == Sharing.NEURON ? 3 * degree + 1 : 0;
        RowSplit.run(rows, units, dp, (from, to, grad) -> backwardRows(z, dy, dz, grad, from, to, units, p, stride));
    }

    private void backwardRows(float[] z, float[] dy, float[] dz, double[] dp, int from, int to, int units,
                              double[] p, int stride) {
        final int n = degree;
        final double[] invFact = Factorials.INVERSE;
        for (int r = from; r < to; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                int i = base + j;
                double x = z[i];
                double g = dy[i];
                double slope = 0;
                dp[off] += g;
                for (int k = 1; k <= n; k++) {
                    double w = p[off + n + k];
                    double zk = w * x - p[off + 2 * n + k];
                    double s = FastTrig.sin(zk);
                    double c = FastTrig.cos(zk);
                    double amp = p[off + k] * invFact[k];
                    double gs = g * amp * s;
                    slope -= amp * w * s;
                    dp[off + k] += g * c * invFact[k];
                    dp[off + n + k] -= gs * x;
                    dp[off + 2 * n + k] += gs;
                }
                dz[i] = (float) (g * slope);
            }
        }
    }

    // ---- view ----

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        int n = degree;
        double[] x = grid(lo, hi, points);
        List<ActivationView.Component> components = new ArrayList<>();
        List<ActivationView.Bar> bars = new ArrayList<>();
        StringBuilder formula = new StringBuilder("f(x) = ").append(FormulaText.sum(new double[] {p[off]}, new String[] {""}));
        for (int k = 1; k <= n; k++) {
            double c = p[off + k];
            double w = p[off + n + k];
            double phi = p[off + 2 * n + k];
            double[] t = new double[points];
            for (int i = 0; i < points; i++) t[i] = c * Math.cos(w * x[i] - phi) * Factorials.INVERSE[k];
            components.add(new ActivationView.Component("c_" + k + "·cos(ω_" + k + " x − φ_" + k + ")/" + k + "!", t));
            bars.add(new ActivationView.Bar("amplitudes", "c_" + k + "/" + k + "!", c * Factorials.INVERSE[k]));
            formula.append(c < 0 ? " " + FormulaText.MINUS + " " : " + ").append(FormulaText.number(Math.abs(c)))
                    .append("·cos(").append(FormulaText.sum(new double[] {w, -phi}, new String[] {"x", ""})).append(')')
                    .append(k >= 2 ? "/" + k + "!" : "");
        }
        for (int k = 1; k <= n; k++) bars.add(new ActivationView.Bar("frequencies", "ω_" + k, p[off + n + k]));
        return new ActivationView(x, CurveSampling.values(this, x, p, off), CurveSampling.derivatives(this, x, p, off),
                components, List.of(), bars, Map.of(), null, formula.toString());
    }
}
