package org.activationworkbench.nn;

/** Which optimizer group a parameter tensor belongs to: weights and biases, or activation parameters. */
public enum ParameterGroup {
    WEIGHTS, ACTIVATION
}
