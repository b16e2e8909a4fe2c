package org.activationworkbench.activation;

/** How the dense layer in front of an activation draws its weights (std of a zero-mean normal). */
public enum WeightInit {
    /** He: std = √(2 / fan_in), for ReLU-like activations. */
    HE,
    /** LeCun normal: std = √(1 / fan_in), for tanh, sigmoid and the unit-variance families. */
    LECUN,
    /** Glorot normal: std = √(2 / (fan_in + fan_out)). */
    GLOROT;

    public double std(int fanIn, int fanOut) {
        return switch (this) {
            case HE -> Math.sqrt(2.0 / fanIn);
            case LECUN -> Math.sqrt(1.0 / fanIn);
            case GLOROT -> Math.sqrt(2.0 / (fanIn + fanOut));
        };
    }
}
