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
 * @param grid       a spline's knot grid {lo, hi} (it moves with --grid follow), or null for the other families;
 *                   saved, so a run read back draws each layer where its knots were
 * @param activation the activation these parameters belong to (grid refinement changes P during a run);
 *                   null = the experiment's
 */
public record LayerSnapshot(int layer, int units, Sharing sharing, double[] params, Histogram histogram, double[] grid,
                         @JsonIgnore Activation activation) {

    public LayerSnapshot(int layer, int units, Sharing sharing, double[] params, Histogram histogram) {
        this(layer, units, sharing, params, histogram, null, null);
    }

    /** The state of a live layer: its grid is its activation's. */
    public LayerSnapshot(int layer, int units, Sharing sharing, double[] params, Histogram histogram, Activation activation) {
        this(layer, units, sharing, params, histogram, gridOf(activation), activation);
    }

    /** A spline's knot grid {lo, hi}; null for the other families. */
    public static double[] gridOf(Activation a) {
        return a instanceof BSplineActivation b ? b.workingRange() : null;
    }

    public int vectors() {
        return sharing == Sharing.NEURON ? units : 1;
    }

    /**
     * The activation of these parameters: its own when recorded, else the fallback (the experiment's). A state
     * read back from a file has no activation recorded; a spline whose knot count differs from the fallback's
     * (saved before a grid refinement) is then rebuilt from the parameter count, and on its saved grid.
     */
    public Activation activationOr(Activation fallback) {
        if (activation != null) return activation;
        return onGrid(fallback, params.length / vectors(), grid);
    }

    /** The fallback spline with perVector knots on the given grid (either may be unchanged); others as they are. */
    public static Activation onGrid(Activation fallback, int perVector, double[] grid) {
        if (!(fallback instanceof BSplineActivation b)) return fallback;
        BSplineActivation s = perVector != b.parameterCount() && perVector >= 2 ? b.withKnots(perVector) : b;
        if (grid != null && grid.length == 2 && Double.isFinite(grid[0]) && Double.isFinite(grid[1]) && grid[0] < grid[1]) {
            double[] now = s.workingRange();
            if (now[0] != grid[0] || now[1] != grid[1]) s = s.withGrid(grid[0], grid[1]);
        }
        return s;
    }
}
