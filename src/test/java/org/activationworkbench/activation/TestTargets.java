package org.activationworkbench.activation;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Tiny fixed (parameter-free) targets for --init-fit tests; the real baselines live on another branch. */
final class TestTargets extends Activation {

    static final TestTargets TANH = new TestTargets("tanh", Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x));
    /** Relu-like and smooth: log(1 + e^x), computed stably. */
    static final TestTargets SOFTPLUS = new TestTargets("softplus",
            x -> Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))), x -> 1 / (1 + Math.exp(-x)));

    private final String name;
    private final DoubleUnaryOperator f;
    private final DoubleUnaryOperator df;

    private TestTargets(String name, DoubleUnaryOperator f, DoubleUnaryOperator df) {
        this.name = name;
        this.f = f;
        this.df = df;
    }

    @Override public String family() { return name; }
    @Override public String displayName() { return name; }
    @Override public int parameterCount() { return 0; }
    @Override public List<String> parameterNames() { return List.of(); }
    @Override protected double[] defaultInitialParameters() { return new double[0]; }
    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public double[] workingRange() { return new double[] {-3, 3}; }
    @Override public boolean linearInParameters() { return true; }
    @Override public WeightInit weightInit() { return WeightInit.LECUN; }
    @Override public double value(double x, double[] p, int off) { return f.applyAsDouble(x); }
    @Override public double derivative(double x, double[] p, int off) { return df.applyAsDouble(x); }
    @Override public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) { }

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        for (int i = 0; i < rows * units; i++) y[i] = (float) f.applyAsDouble(z[i]);
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        for (int i = 0; i < rows * units; i++) dz[i] = (float) (dy[i] * df.applyAsDouble(z[i]));
    }

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double[] x = grid(lo, hi, points);
        return new ActivationView(x, CurveSampling.values(this, x, p, off), CurveSampling.derivatives(this, x, p, off),
                List.of(), List.of(), List.of(), Map.of(), null, "");
    }
}
