package org.activationworkbench.nn;

/**
 * A learnable tensor: its values and the gradient of the loss with respect to them, same length.
 * Arrays are owned by the layer; the optimizer updates {@link #value} in place.
 */
public record Parameter(String name, ParameterGroup group, float[] value, float[] grad) {
    public int size() {
        return value.length;
    }
}
