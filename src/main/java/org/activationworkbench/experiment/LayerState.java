package org.activationworkbench.experiment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.BSplineActivation;
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
                         @JsonIgnore Activation activation) {

    public LayerState(int layer, int units, Sharing sharing, double[] params, Histogram histogram) {
        this(layer, units, sharing, params, histogram, null);
    }

    public int vectors() {
        return sharing == Sharing.NEURON ? units : 1;
    }

    /**
     * The activation of these parameters: its own when recorded, else the fallback (the experiment's). A state
     * read back from a file has no activation recorded; a spline whose knot count differs from the fallback's
     * (saved before a grid refinement) is then rebuilt from the parameter count.
     */
    public Activation activationOr(Activation fallback) {
        if (activation != null) return activation;
        int perVector = params.length / vectors();
        if (fallback instanceof BSplineActivation b && perVector != b.parameterCount() && perVector >= 2) {
            return b.withKnots(perVector);
        }
        return fallback;
    }
}
