package org.activationworkbench.activation;

import java.util.Locale;

/**
 * The elementary functions g a closed form a·g(b·x + c) + d is made of (the library of the symbolic reading), in
 * double precision, with their derivatives and their torch spelling. The fixed baselines' math is reused, so a
 * formula "relu" computes exactly what the relu family does.
 */
public enum Elementary {
    IDENTITY("identity"),
    RELU("relu"),
    LEAKY_RELU("leaky_relu"),
    ABS("abs"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    SOFTPLUS("softplus"),
    ELU("elu"),
    GELU("gelu"),
    SILU("silu"),
    SIN("sin"),
    COS("cos"),
    SQUARE("x2"),
    CUBE("x3"),
    GAUSS("gauss");

    private final String label;

    Elementary(String label) {
        this.label = label;
    }

    /** The name in files and on the command line ("tanh", "x2"). */
    public String label() {
        return label;
    }

    /** The function of this label, or null. */
    public static Elementary byLabel(String label) {
        String key = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        for (Elementary g : values()) {
            if (g.label.equals(key)) return g;
        }
        return null;
    }

    public double value(double u) {
        return switch (this) {
            case IDENTITY -> u;
            case RELU -> Baseline.RELU.value(u);
            case LEAKY_RELU -> Baseline.LEAKY_RELU.value(u);
            case ABS -> Math.abs(u);
            case TANH -> Math.tanh(u);
            case SIGMOID -> Baseline.SIGMOID.value(u);
            case SOFTPLUS -> Baseline.SOFTPLUS.value(u);
            case ELU -> Baseline.ELU.value(u);
            case GELU -> Baseline.GELU.value(u);
            case SILU -> Baseline.SILU.value(u);
            case SIN -> Math.sin(u);
            case COS -> Math.cos(u);
            case SQUARE -> u * u;
            case CUBE -> u * u * u;
            case GAUSS -> Math.exp(-u * u);
        };
    }

    /** g′(u); at a kink the left piece's, as {@link Baseline} (relu′(0) = 0, abs′(0) = −1). */
    public double derivative(double u) {
        return switch (this) {
            case IDENTITY -> 1;
            case RELU -> Baseline.RELU.derivative(u);
            case LEAKY_RELU -> Baseline.LEAKY_RELU.derivative(u);
            case ABS -> u > 0 ? 1 : -1;
            case TANH -> Baseline.TANH.derivative(u);
            case SIGMOID -> Baseline.SIGMOID.derivative(u);
            case SOFTPLUS -> Baseline.SOFTPLUS.derivative(u);
            case ELU -> Baseline.ELU.derivative(u);
            case GELU -> Baseline.GELU.derivative(u);
            case SILU -> Baseline.SILU.derivative(u);
            case SIN -> Math.cos(u);
            case COS -> -Math.sin(u);
            case SQUARE -> 2 * u;
            case CUBE -> 3 * u * u;
            case GAUSS -> -2 * u * Math.exp(-u * u);
        };
    }

    /** g applied to the Python expression {@code u}, with torch (as the workbench computes it: exact gelu, slope 0.01). */
    public String torch(String u) {
        return switch (this) {
            case IDENTITY -> u;
            case RELU -> "torch.relu(" + u + ")";
            case LEAKY_RELU -> "torch.nn.functional.leaky_relu(" + u + ", 0.01)";
            case ABS -> "torch.abs(" + u + ")";
            case TANH -> "torch.tanh(" + u + ")";
            case SIGMOID -> "torch.sigmoid(" + u + ")";
            case SOFTPLUS -> "torch.nn.functional.softplus(" + u + ")";
            case ELU -> "torch.nn.functional.elu(" + u + ")";
            case GELU -> "torch.nn.functional.gelu(" + u + ")";
            case SILU -> "torch.nn.functional.silu(" + u + ")";
            case SIN -> "torch.sin(" + u + ")";
            case COS -> "torch.cos(" + u + ")";
            case SQUARE -> "(" + u + ")**2";
            case CUBE -> "(" + u + ")**3";
            case GAUSS -> "torch.exp(-(" + u + ")**2)";
        };
    }
}
