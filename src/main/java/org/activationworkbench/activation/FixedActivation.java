package org.activationworkbench.activation;

import java.util.List;
import java.util.Map;

/** A fixed baseline (relu, gelu, …) as an activation without parameters. */
public final class FixedActivation extends Activation {

    private static final double[] RANGE = {-4, 4};
    private static final float LEAKY = (float) Baseline.LEAKY_SLOPE;
    private static final float INV_SQRT2 = 0.70710678f;
    private static final float INV_SQRT_2PI = 0.39894228f;

    private final Baseline baseline;

    public FixedActivation(Baseline baseline) {
        this.baseline = baseline;
    }

    /** The `families` entry for one baseline. */
    static FamilyInfo familyInfo(Baseline b) {
        return new FamilyInfo(b.label(), false, List.of(), "0", "fixed: f(x) = " + b.formula(),
                v -> new FixedActivation(b));
    }

    public Baseline baseline() {
        return baseline;
    }

    @Override public String family() { return baseline.label(); }
    @Override public String displayName() { return baseline.label(); }
    @Override public int parameterCount() { return 0; }
    @Override public List<String> parameterNames() { return List.of(); }
    @Override protected double[] defaultInitialParameters() { return new double[0]; }
    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public double[] workingRange() { return RANGE.clone(); }
    @Override public boolean linearInParameters() { return true; }
    @Override public WeightInit weightInit() { return baseline.weightInit(); }

    /** p is ignored and may be null (InitFit evaluates fit targets that way). */
    @Override
    public double value(double x, double[] p, int off) {
        return baseline.value(x);
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        return baseline.derivative(x);
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        // no parameters
    }

    // The hot baselines get their own branch-free loops, which the JIT vectorises; the rest share one loop over
    // the double reference math.

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        int n = rows * units;
        switch (baseline) {
            case IDENTITY -> System.arraycopy(z, 0, y, 0, n);
            case RELU -> {
                for (int i = 0; i < n; i++) y[i] = Math.max(z[i], 0f);
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) {
                    float x = z[i];
                    y[i] = Math.max(x, 0f) + LEAKY * Math.min(x, 0f);
                }
            }
            case GELU -> {
                for (int i = 0; i < n; i++) {
                    float x = z[i];
                    y[i] = 0.5f * x * (1f + SpecialFunctions.erf(x * INV_SQRT2));
                }
            }
            default -> {
                for (int i = 0; i < n; i++) y[i] = (float) baseline.value(z[i]);
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        int n = rows * units;
        switch (baseline) {
            case IDENTITY -> {
                if (dz != dy) System.arraycopy(dy, 0, dz, 0, n);
            }
            case RELU -> {
                for (int i = 0; i < n; i++) dz[i] = dy[i] * FloatMath.step(z[i]);
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) {
                    float m = FloatMath.step(z[i]);
                    dz[i] = dy[i] * (m + LEAKY * (1 - m));
                }
            }
            case GELU -> {
                for (int i = 0; i < n; i++) {
                    float x = z[i];
                    float cdf = 0.5f * (1f + SpecialFunctions.erf(x * INV_SQRT2));
                    float pdf = INV_SQRT_2PI * FloatMath.gaussian(x);
                    dz[i] = dy[i] * (cdf + x * pdf);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) dz[i] = dy[i] * (float) baseline.derivative(z[i]);
            }
        }
    }

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        double[] y = new double[points];
        double[] dy = new double[points];
        for (int i = 0; i < points; i++) {
            y[i] = baseline.value(x[i]);
            dy[i] = baseline.derivative(x[i]);
        }
        return new ActivationView(x, y, dy, List.of(), List.of(), List.of(), Map.of(), null,
                "f(x) = " + baseline.formula());
    }
}
