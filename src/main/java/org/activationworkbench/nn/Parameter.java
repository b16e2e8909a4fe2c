package org.activationworkbench.nn;

/**
 * A learnable tensor: its values and the gradient of the loss with respect to them, same length.
 * Arrays are owned by the layer; the optimizer updates {@link #value} in place.
 */
public record Parameter(String name, ParameterGroup group, float[] value, float[] grad) {
    /** The index of the first NaN or infinite value, or -1 when every value is finite. */
    public int firstNonFinite() {
        for (int i = 0; i < value.length; i++) {
            if (!Float.isFinite(value[i])) return i;
        }
        return -1;
    }

    public int size() {
        return value.length;
    }
}
