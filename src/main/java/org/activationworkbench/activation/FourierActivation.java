package org.activationworkbench.activation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fourier: f(x) = a_0 + Σ_{k=1..n} c_k·cos(ω_k·x − φ_k)/k!.
 * Parameters [a_0, c_1..c_n, ω_1..ω_n, φ_1..φ_n]; a_0 sits at 0, c_k at k, ω_k at n + k, φ_k at 2n + k.
 * Linear in a_0 and c_k only, so --init-fit holds ω and φ at their init.
 */
public final class FourierActivation extends DegreeActivation {

    static final int DEFAULT_DEGREE = 5;
    static final int MAX_DEGREE = 12;
    /** 1/√I_0(2), I_0(2) = Σ_j 1/(j!)². */
    static final double AMPLITUDE = 0.66232645879;

    public FourierActivation(int degree) {
        super("fourier", degree, MAX_DEGREE);
    }

    public static FamilyInfo info() {
        return new FamilyInfo("fourier", true, "--degree " + DEFAULT_DEGREE, "3n + 1 (16)",
                "trigonometric series a_0 + Σ c_k·cos(ω_k·x − φ_k)/k! with learnable frequencies and phases",
                spec -> new FourierActivation(DegreeOptions.degree(spec, "fourier", DEFAULT_DEGREE, MAX_DEGREE)));
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

    /** Per-thread slope accumulator for backwardRows (each RowSplit half runs on its own thread). */
    private static final ThreadLocal<double[]> SLOPE = ThreadLocal.withInitial(() -> new double[0]);

    /**
     * Terms outermost: for one k the frequency, phase and amplitude stay in registers, and with layer sharing the
     * three parameter gradients of term k are summed in local variables. (Elements outermost would update the same
     * few dp entries every iteration, and each such update waits for the previous one.)
     */
    private void backwardRows(float[] z, float[] dy, float[] dz, double[] dp, int from, int to, int units,
                              double[] p, int stride) {
        final int n = degree;
        final double[] invFact = Factorials.INVERSE;
        final int base = from * units;
        final int count = (to - from) * units;
        double[] slope = SLOPE.get();
        if (slope.length < count) {
            slope = new double[count];
            SLOPE.set(slope);
        }
        java.util.Arrays.fill(slope, 0, count, 0);
        if (stride == 0) {
            double sumG = 0;
            for (int i = 0; i < count; i++) sumG += dy[base + i];
            dp[0] += sumG;
            for (int k = 1; k <= n; k++) {
                final double amp = p[k] * invFact[k];
                final double w = p[n + k];
                final double phi = p[2 * n + k];
                double sumCos = 0, sumXSin = 0, sumSin = 0;
                for (int i = 0; i < count; i++) {
                    double x = z[base + i];
                    double g = dy[base + i];
                    double zk = w * x - phi;
                    double sn = FastTrig.sin(zk);
                    double gs = g * sn;
                    slope[i] -= amp * w * sn;
                    sumCos += g * FastTrig.cos(zk);
                    sumXSin += gs * x;
                    sumSin += gs;
                }
                dp[k] += sumCos * invFact[k];
                dp[n + k] -= amp * sumXSin;
                dp[2 * n + k] += amp * sumSin;
            }
        } else {
            for (int i = 0; i < count; i++) dp[((base + i) % units) * stride] += dy[base + i];
            for (int k = 1; k <= n; k++) {
                for (int i = 0; i < count; i++) {
                    int off = ((base + i) % units) * stride;
                    double amp = p[off + k] * invFact[k];
                    double w = p[off + n + k];
                    double x = z[base + i];
                    double g = dy[base + i];
                    double zk = w * x - p[off + 2 * n + k];
                    double sn = FastTrig.sin(zk);
                    double gs = g * amp * sn;
                    slope[i] -= amp * w * sn;
                    dp[off + k] += g * FastTrig.cos(zk) * invFact[k];
                    dp[off + n + k] -= gs * x;
                    dp[off + 2 * n + k] += gs;
                }
            }
        }
        // dz may alias dy: every term above has read dy already
        for (int i = 0; i < count; i++) dz[base + i] = (float) (dy[base + i] * slope[i]);
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
