package org.activationworkbench.experiment;

import org.activationworkbench.activation.Sharing;

/**
 * One hidden layer's activation at a moment: its parameters (all vectors, copied) and a histogram of the
 * pre-activations it saw in the last batch.
 *
 * @param layer     hidden layer index, from 0
 * @param units     width of the layer
 * @param sharing   layer or neuron
 * @param params    vectors × P parameter values (a copy)
 * @param histogram pre-activation histogram, or null when none was taken
 */
public record LayerState(int layer, int units, Sharing sharing, double[] params, Histogram histogram) {

    public int vectors() {
        return sharing == Sharing.NEURON ? units : 1;
    }
}
