package org.activationworkbench.experiment;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;

/**
 * One activation layer at a moment: its parameters (all vectors, copied) and a histogram of the
 * pre-activations it saw in the last batch.
 *
 * @param layer      activation layer index, from 0 (conv blocks' first, then hidden dense layers)
 * @param units      width of the layer (channels, for a conv block)
 * @param sharing    layer or neuron
 * @param params     vectors × P parameter values (a copy)
 * @param histogram  pre-activation histogram, or null when none was taken
 * @param activation the activation these parameters belong to (grid refinement changes P during a run);
 *                   null = the experiment's
 */
public record LayerState(int layer, int units, Sharing sharing, double[] params, Histogram histogram,
                         Activation activation) {

    public LayerState(int layer, int units, Sharing sharing, double[] params, Histogram histogram) {
        this(layer, units, sharing, params, histogram, null);
    }

    public int vectors() {
        return sharing == Sharing.NEURON ? units : 1;
    }

    /** The activation of these parameters: its own when recorded, else the fallback (the experiment's). */
    public Activation activationOr(Activation fallback) {
        return activation != null ? activation : fallback;
    }
}
