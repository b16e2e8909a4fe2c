package org.activationworkbench.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hidden part of a network, between its input (or its conv blocks) and its output layer: plain layers
 * ({@link PlainStack}) or residual blocks ({@link ResidualStack}). Owns its buffers, sized for the largest batch.
 * Subclasses fill the layer lists as they build their layers.
 */
abstract class HiddenStack {

    protected final List<DenseLayer> dense = new ArrayList<>();
    protected final List<NormLayer> norms = new ArrayList<>();   // empty without a norm
    protected final List<ActivationLayer> activations = new ArrayList<>();
    protected final List<Parameter> parameters = new ArrayList<>();

    /** Width of the stack's output (the output layer's fan-in). */
    abstract int width();

    /** Its parameter tensors, in the order the optimizer state is saved. */
    final List<Parameter> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** Its dense layers in forward order. */
    final List<DenseLayer> denseLayers() {
        return Collections.unmodifiableList(dense);
    }

    /** Its activation layers in forward order. */
    final List<ActivationLayer> activationLayers() {
        return Collections.unmodifiableList(activations);
    }

    /** Its norm layers in forward order. */
    final List<NormLayer> normLayers() {
        return Collections.unmodifiableList(norms);
    }

    /** Runs rows × inputs forward; returns the output (rows × width, owned by the stack). */
    /** Drops the batch buffers (they come back at the next pass): a finished network kept for later is small. */
    abstract void releaseWorkspace();

    abstract float[] forward(float[] x, int rows, boolean training);

    /** The buffer the caller fills with dL/d(output) before {@link #backward}. */
    abstract float[] outputGradient();

    /**
     * Back-propagates the output gradient of the last forward pass, setting every parameter gradient, and writes
     * dL/dx unless dx is null.
     */
    abstract void backward(int rows, float[] dx);

    /** The pre-activations of its activation layer i from the last forward pass (rows × units valid). */
    abstract float[] preActivations(int i);
}
