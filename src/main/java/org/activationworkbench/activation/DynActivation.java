package org.activationworkbench.activation;

import org.activationworkbench.core.Option;

import org.activationworkbench.core.NumberText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dyn: f(x) = B(x)·(α − β) + β·x for a fixed base B. Parameters [α, β], init α = 1, β = 0 (exactly B), so training
 * moves between the base nonlinearity and the straight line α = β.
 */
public final class DynActivation extends Activation {

    private static final double[] RANGE = {-4, 4};

    static final FamilyInfo INFO = new FamilyInfo("dyn", true, List.of(
            Option.choice("base", "relu", List.of("relu", "mish", "gelu", "silu", "tanh", "leaky_relu", "elu"), "Base",
                    "Base activation B(x) of dyn")),
            "2 per vector (α, β)", "dynActivation: B(x)·(α − β) + β·x, between a base activation and a line",
            v -> new DynActivation(v.baseline("base")));

    private final Baseline base;

    public DynActivation(Baseline base) {
        this.base = base;
    }

    public Baseline base() {
        return base;
    }

    @Override public String family() { return "dyn"; }
    @Override public String displayName() { return "dyn (base " + base.label() + ")"; }
    @Override public int parameterCount() { return 2; }
    @Override public List<String> parameterNames() { return List.of("alpha", "beta"); }
    @Override protected double[] defaultInitialParameters() { return new double[] {1, 0}; }
    @Override public Sharing defaultSharing() { return Sharing.LAYER; }
    @Override public double[] workingRange() { return RANGE.clone(); }
    @Override public boolean linearInParameters() { return true; }
    @Override public WeightInit weightInit() { return WeightInit.HE; }

    @Override
    public double value(double x, double[] p, int off) {
        return base.value(x) * (p[off] - p[off + 1]) + p[off + 1] * x;
    }

    @Override
    public double derivative(double x, double[] p, int off) {
        return (p[off] - p[off + 1]) * base.derivative(x) + p[off + 1];
    }

    @Override
    public void parameterGradient(double x, double[] p, int off, double[] out, int outOff) {
        double b = base.value(x);
        out[outOff] = b;
        out[outOff + 1] = x - b;
    }

    @Override
    public void forward(float[] z, float[] y, int rows, int units, double[] p, Sharing sharing) {
        if (sharing == Sharing.LAYER) {
            double gain = p[0] - p[1];
            double slope = p[1];
            int n = rows * units;
            for (int i = 0; i < n; i++) {
                double x = z[i];
                y[i] = (float) (base.value(x) * gain + slope * x);
            }
            return;
        }
        for (int r = 0, row = 0; r < rows; r++, row += units) {
            for (int j = 0; j < units; j++) {
                double x = z[row + j];
                double slope = p[2 * j + 1];
                y[row + j] = (float) (base.value(x) * (p[2 * j] - slope) + slope * x);
            }
        }
    }

    @Override
    public void backward(float[] z, float[] dy, float[] dz, double[] dp, int rows, int units,
                         double[] p, Sharing sharing) {
        if (sharing == Sharing.LAYER) {
            double gain = p[0] - p[1];
            double slope = p[1];
            double dAlpha = 0;
            double dBeta = 0;
            int n = rows * units;
            for (int i = 0; i < n; i++) {
                double x = z[i];
                double g = dy[i];
                double b = base.value(x);
                dz[i] = (float) (g * (gain * base.derivative(x) + slope));
                dAlpha += g * b;
                dBeta += g * (x - b);
            }
            dp[0] += dAlpha;
            dp[1] += dBeta;
            return;
        }
        for (int r = 0, row = 0; r < rows; r++, row += units) {
            for (int j = 0; j < units; j++) {
                double x = z[row + j];
                double g = dy[row + j];
                double b = base.value(x);
                double slope = p[2 * j + 1];
                dz[row + j] = (float) (g * ((p[2 * j] - slope) * base.derivative(x) + slope));
                dp[2 * j] += g * b;
                dp[2 * j + 1] += g * (x - b);
            }
        }
    }

    @Override
    public ActivationView view(double[] p, int off, double lo, double hi, int points) {
        double alpha = p[off];
        double beta = p[off + 1];
        double[] x = grid(lo, hi, points);
        double[] y = new double[points];
        double[] dy = new double[points];
        double[] baseTerm = new double[points];
        double[] lineTerm = new double[points];
        for (int i = 0; i < points; i++) {
            y[i] = value(x[i], p, off);
            dy[i] = derivative(x[i], p, off);
            baseTerm[i] = base.value(x[i]) * (alpha - beta);
            lineTerm[i] = beta * x[i];
        }
        List<ActivationView.Component> components = new ArrayList<>();
        components.add(new ActivationView.Component("B(x)(α−β)", baseTerm));
        components.add(new ActivationView.Component("βx", lineTerm));
        String formula = "f(x) = B(x)·(" + NumberText.sig3(alpha) + NumberText.minus(beta) + ")"
                + NumberText.plus(beta) + "·x, B = " + base.label();
        Map<String, Double> scalars = new LinkedHashMap<>();
        scalars.put("α", alpha);
        scalars.put("β", beta);
        return new ActivationView(x, y, dy, List.copyOf(components), List.of(), List.of(),
                Collections.unmodifiableMap(scalars), null, formula);
    }
}
