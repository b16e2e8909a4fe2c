package org.activationworkbench.nn;

import java.util.List;

/**
 * The hidden part of a network, between its input (or its conv blocks) and its output layer: plain layers
 * ({@link PlainStack}) or residual blocks ({@link ResidualStack}). Owns its buffers, sized for the largest batch.
 */
interface HiddenStack {

    /** Width of the stack's output (the output layer's fan-in). */
    int width();

    /** Its parameter tensors, in the order the optimizer state is saved. */
    List<Parameter> parameters();

    /** Its dense layers in forward order. */
    List<DenseLayer> denseLayers();

    /** Its activation layers in forward order. */
    List<ActivationLayer> activationLayers();

    /** Its norm layers in forward order. */
    List<NormLayer> normLayers();

    /** Runs rows × inputs forward; returns the output (rows × width, owned by the stack). */
    float[] forward(float[] x, int rows, boolean training);

    /** The buffer the caller fills with dL/d(output) before {@link #backward}. */
    float[] outputGradient();

    /**
     * Back-propagates the output gradient of the last forward pass, setting every parameter gradient, and writes
     * dL/dx unless dx is null.
     */
    void backward(int rows, float[] dx);

    /** The pre-activations of its activation layer i from the last forward pass (rows × units valid). */
    float[] preActivations(int i);
}
