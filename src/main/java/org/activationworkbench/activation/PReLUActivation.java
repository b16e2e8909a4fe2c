package org.activationworkbench.activation;

import org.activationworkbench.core.NumberText;

import java.util.List;
import java.util.Map;

/** prelu: f(x) = max(0, x) + a·min(0, x), parameters [a], init a = 0.25 (He et al. 2015). */
public final class PReLUActivation extends Activation {

    static final double INIT_A = 0.25;
    private static final double[] RANGE = {-4, 4};

    static final FamilyInfo INFO = new FamilyInfo("prelu", true, List.of(), "1 per vector (a)",
            "parametric ReLU: max(0, x) + a·min(0, x), a learned (init 0.25)", v -> new PReLUActivation());

    @Override public String family() { return "prelu"; }
    @Override public String displayName() { return "prelu"; }
    @Override public int parameterCount() { return 1; }
    @Override public List<String> parameterNames() { return List.of("a"); }
    @Override protected double[] defaultInitialParameters() { return new double[] {INIT_A}; }
    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public double[] workingRange() { return RANGE.clone(); }
    @Override public boolean linearInParameters() { return true; }
    @Override public WeightInit weightInit() { return WeightInit.HE; }

    @Override
    public double value(double x, double[] p, int off) {
        return x > 0 ? x : p[off] * x;
    }

    /** 1 for x > 0, a for x ≤ 0 (the left piece at the kink). */
    @Override
    public double derivative(double x, double[] p, int off) {
        return x > 0 ? 1.0 : p[off];
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        out[outOff] = Math.min(0, x);
    }

    // Kernels are branch-free (FloatMath.step): the sign of x is a coin flip for the branch predictor.

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        if (sharing == Sharing.LAYER) {
            float a = (float) p[0];
            int n = rows * units;
            for (int i = 0; i < n; i++) {
                float x = z[i];
                y[i] = Math.max(x, 0f) + a * Math.min(x, 0f);
            }
            return;
        }
        for (int r = 0, base = 0; r < rows; r++, base += units) {
            for (int j = 0; j < units; j++) {
                float x = z[base + j];
                y[base + j] = Math.max(x, 0f) + (float) p[j] * Math.min(x, 0f);
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        if (sharing == Sharing.LAYER) {
            float a = (float) p[0];
            double da = 0;
            int n = rows * units;
            for (int i = 0; i < n; i++) {
                float x = z[i];
                float g = dy[i];
                float m = FloatMath.step(x);
                dz[i] = g * (m + a * (1 - m));
                da += g * Math.min(x, 0f);
            }
            dp[0] += da;
            return;
        }
        for (int r = 0, base = 0; r < rows; r++, base += units) {
            for (int j = 0; j < units; j++) {
                float x = z[base + j];
                float g = dy[base + j];
                float m = FloatMath.step(x);
                dz[base + j] = g * (m + (float) p[j] * (1 - m));
                dp[j] += g * Math.min(x, 0f);
            }
        }
    }

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        double[] y = new double[points];
        double[] dy = new double[points];
        for (int i = 0; i < points; i++) {
            y[i] = value(x[i], p, off);
            dy[i] = derivative(x[i], p, off);
        }
        double a = p[off];
        return new ActivationView(x, y, dy, List.of(), List.of(), List.of(), Map.of("a", a), null,
                "f(x) = max(0, x) + " + NumberText.sig3(a) + "·min(0, x)");
    }
}
