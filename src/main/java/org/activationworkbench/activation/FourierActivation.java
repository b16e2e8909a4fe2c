package org.activationworkbench.activation;

import org.activationworkbench.core.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fourier: f(x) = a_0 + Σ_{k=1..n} c_k·cos(ω_k·x − φ_k)/k! (torchortho 0.1.2), or without the 1/k! (0.1.1).
 * Parameters [a_0, c_1..c_n, ω_1..ω_n, φ_1..φ_n]; a_0 sits at 0, c_k at k, ω_k at n + k, φ_k at 2n + k.
 * Linear in a_0 and c_k only, so --init-fit holds ω and φ at their init.
 */
public final class FourierActivation extends DegreeActivation {

    static final int DEFAULT_DEGREE = 5;
    static final int MAX_DEGREE = 12;
    /** 1/√I_0(2), I_0(2) = Σ_j 1/(j!)². */
    static final double AMPLITUDE = 0.66232645879;

    /**
     * 0.1.1's init: ω_k = kπ/√3 (whole periods over [−√3, √3], where a unit-variance uniform input lives) and
     * c_k = √6/(π·k^{3/2}). Its a_0 and φ_k are not in the sources this project has; a_0 is chosen so that E[f²] = 1
     * for that uniform input as n → ∞ (a_0² + ½·Σ c_k² = 1, Σ 1/k³ = ζ(3)), and φ_k = π/4 as in 0.1.2.
     */
    private static final double APERY = 1.2020569031595942; // ζ(3)
    static final double PAPER_A0 = Math.sqrt(1 - 3 * APERY / (Math.PI * Math.PI));

    private final Torchortho version;
    /** The factor of term k: 1/k! in 0.1.2, 1 in 0.1.1. */
    private final double[] weight;

    public FourierActivation(int degree) {
        this(degree, Torchortho.V0_1_2);
    }

    public FourierActivation(int degree, Torchortho version) {
        super("fourier", degree, MAX_DEGREE);
        this.version = version;
        weight = new double[degree + 1];
        for (int k = 0; k <= degree; k++) weight[k] = version == Torchortho.V0_1_2 ? Factorials.INVERSE[k] : 1.0;
    }

    public Torchortho version() {
        return version;
    }

    public static FamilyInfo info() {
        return new FamilyInfo("fourier", true, List.of(
                Option.integer("degree", DEFAULT_DEGREE, 1, MAX_DEGREE, "Degree", "Number of Fourier terms n"),
                Torchortho.option()),
                "3n + 1 (16)",
                "trigonometric series a_0 + Σ c_k·cos(ω_k·x − φ_k)/k! (0.1.1: no 1/k!) with learnable frequencies and phases",
                v -> new FourierActivation(v.integer("degree"), Torchortho.of(v)));
    }

    @Override public int parameterCount() { return 3 * degree + 1; }
    @Override public boolean linearInParameters() { return true; }

    /** Only a_0 and the c_k enter linearly; ω and φ keep their init during --init-fit. */
    @Override
    public boolean[] fitMask() {
        boolean[] m = new boolean[parameterCount()];
        for (int k = 0; k <= degree; k++) m[k] = true;
        return m;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(names("a", 0, 0));
        names.addAll(names("c", 1, degree));
        names.addAll(names("omega", 1, degree));
        names.addAll(names("phi", 1, degree));
        return names;
    }

    @Override
    protected double[] defaultInitialParameters() {
        int n = degree;
        double[] p = new double[3 * n + 1];
        if (version == Torchortho.V0_1_1) {
            p[0] = PAPER_A0;
            for (int k = 1; k <= n; k++) {
                p[k] = Math.sqrt(6) / (Math.PI * Math.pow(k, 1.5));
                p[n + k] = k * Math.PI / Math.sqrt(3);
                p[2 * n + k] = Math.PI / 4;
            }
            return p;
        }
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
            f += p[off + k] * Math.cos(p[off + n + k] * x - p[off + 2 * n + k]) * weight[k];
        }
        return f;
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        int n = degree;
        double g = 0;
        for (int k = 1; k <= n; k++) {
            double w = p[off + n + k];
            g -= p[off + k] * w * Math.sin(w * x - p[off + 2 * n + k]) * weight[k];
        }
        return g;
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        int n = degree;
        out[outOff] = 1;
        for (int k = 1; k <= n; k++) {
            double zk = p[off + n + k] * x - p[off + 2 * n + k];
            double amp = p[off + k] * weight[k];
            double s = Math.sin(zk);
            out[outOff + k] = Math.cos(zk) * weight[k];
            out[outOff + n + k] = -amp * x * s;
            out[outOff + 2 * n + k] = amp * s;
        }
    }

    // ---- kernels: one loop shape for both sharings, the vector offset is j·stride (stride 0 = layer) ----

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        forward(z, y, rows, units, p, sharing, OWN_WORKSPACE.get());
    }

    /** Without a workspace from the forward pass, the terms' sines and cosines are computed again first. */
    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        KernelWorkspace ws = OWN_WORKSPACE.get();
        ws.markFilled(false);
        backward(z, dy, dz, dp, rows, units, p, sharing, ws);
    }

    // ---- kernels: the forward pass keeps cos and sin of every term in the workspace for the backward pass ----

    /** For callers that lend no workspace (tests, one-off curves): one per thread. */
    private static final ThreadLocal<KernelWorkspace> OWN_WORKSPACE = ThreadLocal.withInitial(KernelWorkspace::new);
    private static final ThreadLocal<float[]> SCRATCH_Y = ThreadLocal.withInitial(() -> new float[0]);

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing, KernelWorkspace ws) {
        final int stride = sharing == Sharing.NEURON ? 3 * degree + 1 : 0;
        final float[] trig = ws.floats(rows * units * 2 * degree);
        RowSplit.run(rows, units, null, (from, to, unused) -> forwardKeepingTrig(z, y, trig, from, to, units, p, stride));
        ws.markFilled(true);
    }

    /** f over rows [from, to), storing cos(z_k) and sin(z_k) at trig[i·2n + k − 1] and trig[i·2n + n + k − 1]. */
    private void forwardKeepingTrig(float[] z, float[] y, float[] trig, int from, int to, int units, double[] p,
                                    int stride) {
        final int n = degree;
        final double[] weight = this.weight;
        for (int r = from; r < to; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                int i = base + j;
                int t = i * 2 * n;
                double x = z[i];
                double f = p[off];
                for (int k = 1; k <= n; k++) {
                    double zk = p[off + n + k] * x - p[off + 2 * n + k];
                    double c = FastTrig.cos(zk);
                    trig[t + k - 1] = (float) c;
                    trig[t + n + k - 1] = (float) FastTrig.sin(zk);
                    f += p[off + k] * weight[k] * c;
                }
                y[i] = (float) f;
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units, double[] p,
                         Sharing sharing, KernelWorkspace ws) {
        if (!ws.filled()) {
            float[] y = SCRATCH_Y.get();
            if (y.length < rows * units) {
                y = new float[rows * units];
                SCRATCH_Y.set(y);
            }
            forward(z, y, rows, units, p, sharing, ws);
        }
        final int stride = sharing == Sharing.NEURON ? 3 * degree + 1 : 0;
        final float[] trig = ws.floats(rows * units * 2 * degree);
        RowSplit.run(rows, units, dp, (from, to, grad) -> backwardFromTrig(z, dy, dz, grad, trig, from, to, units, p,
                stride));
    }

    private void backwardFromTrig(float[] z, float[] dy, float[] dz, double[] dp, float[] trig, int from, int to,
                                  int units, double[] p, int stride) {
        final int n = degree;
        final double[] weight = this.weight;
        for (int r = from; r < to; r++) {
            int base = r * units;
            for (int j = 0; j < units; j++) {
                int off = j * stride;
                int i = base + j;
                int t = i * 2 * n;
                double x = z[i];
                double g = dy[i];
                double slope = 0;
                dp[off] += g;
                for (int k = 1; k <= n; k++) {
                    double c = trig[t + k - 1];
                    double sn = trig[t + n + k - 1];
                    double amp = p[off + k] * weight[k];
                    double gs = g * amp * sn;
                    slope -= amp * p[off + n + k] * sn;
                    dp[off + k] += g * c * weight[k];
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
            for (int i = 0; i < points; i++) t[i] = c * Math.cos(w * x[i] - phi) * weight[k];
            String over = factorials() ? "/" + k + "!" : "";
            components.add(new ActivationView.Component("c_" + k + "·cos(ω_" + k + " x − φ_" + k + ")" + over, t));
            bars.add(new ActivationView.Bar("amplitudes", "c_" + k + over, c * weight[k]));
            formula.append(c < 0 ? " " + FormulaText.MINUS + " " : " + ").append(FormulaText.number(Math.abs(c)))
                    .append("·cos(").append(FormulaText.sum(new double[] {w, -phi}, new String[] {"x", ""})).append(')')
                    .append(k >= 2 && factorials() ? "/" + k + "!" : "");
        }
        for (int k = 1; k <= n; k++) bars.add(new ActivationView.Bar("frequencies", "ω_" + k, p[off + n + k]));
        return new ActivationView(x, CurveSampling.values(this, x, p, off), CurveSampling.derivatives(this, x, p, off),
                components, List.of(), bars, Map.of(), null, formula.toString());
    }

    private boolean factorials() {
        return version == Torchortho.V0_1_2;
    }
}
