package org.activationworkbench.activation;

import java.util.Locale;

/**
 * The fixed activation functions of the spec, in double precision. At a kink the left piece's derivative is
 * taken, as PyTorch does: relu'(0) = 0, leaky_relu'(0) = 0.01.
 *
 * <p>{@link #value} and {@link #derivative} switch on the constant rather than overriding per constant, so a
 * loop calling them stays a monomorphic call site however many baselines one JVM uses.
 */
public enum Baseline {
    IDENTITY("x", WeightInit.HE),
    RELU("max(0, x)", WeightInit.HE),
    LEAKY_RELU("x for x > 0, 0.01·x otherwise", WeightInit.HE),
    ELU("x for x > 0, exp(x) − 1 otherwise", WeightInit.HE),
    TANH("tanh(x)", WeightInit.LECUN),
    SIGMOID("1 / (1 + exp(−x))", WeightInit.LECUN),
    SOFTPLUS("log(1 + exp(x))", WeightInit.HE),
    GELU("0.5·x·(1 + erf(x/√2))", WeightInit.HE),
    SILU("x·sigmoid(x)", WeightInit.HE),
    MISH("x·tanh(softplus(x))", WeightInit.HE);

    /** Slope of leaky_relu for x ≤ 0. */
    public static final double LEAKY_SLOPE = 0.01;

    private static final double INV_SQRT2 = 0.70710678118654752440;
    private static final double INV_SQRT_2PI = 0.39894228040143267794;

    private final String formula;
    private final WeightInit weightInit;

    Baseline(String formula, WeightInit weightInit) {
        this.formula = formula;
        this.weightInit = weightInit;
    }

    /** Spec name, e.g. "leaky_relu". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The right-hand side of f(x) = …, for display. */
    public String formula() {
        return formula;
    }

    /** He for the relu-like baselines, LeCun for the saturating ones. */
    public WeightInit weightInit() {
        return weightInit;
    }

    /** The baseline with this spec name (case-insensitive), or null when there is none. */
    public static Baseline byLabel(String label) {
        String key = label.trim().toLowerCase(Locale.ROOT);
        for (Baseline b : values()) {
            if (b.label().equals(key)) return b;
        }
        return null;
    }

    public double value(double x) {
        return switch (this) {
            case IDENTITY -> x;
            case RELU -> Math.max(x, 0.0);
            case LEAKY_RELU -> x > 0 ? x : LEAKY_SLOPE * x;
            case ELU -> x > 0 ? x : Math.expm1(x);
            case TANH -> Math.tanh(x);
            case SIGMOID -> sigmoid(x);
            case SOFTPLUS -> softplus(x);
            case GELU -> x * normalCdf(x);
            case SILU -> x * sigmoid(x);
            case MISH -> x * Math.tanh(softplus(x));
        };
    }

    public double derivative(double x) {
        return switch (this) {
            case IDENTITY -> 1.0;
            case RELU -> x > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> x > 0 ? 1.0 : LEAKY_SLOPE;
            case ELU -> x > 0 ? 1.0 : Math.exp(x);
            case TANH -> {
                double t = Math.tanh(x);
                yield 1 - t * t;
            }
            case SIGMOID -> {
                double s = sigmoid(x);
                yield s * (1 - s);
            }
            case SOFTPLUS -> sigmoid(x);
            case GELU -> normalCdf(x) + x * normalPdf(x);
            case SILU -> {
                double s = sigmoid(x);
                yield s * (1 + x * (1 - s));
            }
            case MISH -> {
                double t = Math.tanh(softplus(x));
                yield t + x * (1 - t * t) * sigmoid(x);
            }
        };
    }

    static double sigmoid(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x); // x < 0: no overflow, no cancellation
        return e / (1 + e);
    }

    /** log(1 + eˣ) = max(x, 0) + log1p(e^−|x|): finite for every finite x. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** Φ(x) = 0.5·(1 + erf(x/√2)), written with erfc so the left tail keeps its relative accuracy. */
    static double normalCdf(double x) {
        return 0.5 * SpecialFunctions.erfc(-x * INV_SQRT2);
    }

    static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
}
