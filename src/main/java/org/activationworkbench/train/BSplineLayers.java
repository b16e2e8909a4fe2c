package org.activationworkbench.train;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.BSplineActivation;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Network;

/** The bspline activations of a network, for the procedures that work on knots (tv2, grid-refine). */
final class BSplineLayers {

    private BSplineLayers() {
    }

    /** Fails with a clear message unless every activation layer is a bspline. */
    static void require(Network network, String procedure) {
        for (ActivationLayer a : network.activationLayers()) {
            if (!(learned(a) instanceof BSplineActivation)) {
                throw new IllegalArgumentException("--procedure " + procedure + " works on the knots of the bspline family"
                        + " only, not on " + a.activation().family() + " (use --family bspline)");
            }
        }
    }

    static BSplineActivation of(ActivationLayer layer) {
        return (BSplineActivation) learned(layer);
    }

    /** The layer's learned activation: its own, or the one under activation surgery's formulas (which keep no knots). */
    static org.activationworkbench.activation.Activation learned(ActivationLayer layer) {
        return layer.activation() instanceof org.activationworkbench.activation.FormulaPatch p ? p.base() : layer.activation();
    }

    static List<ActivationLayer> all(Network network) {
        return new ArrayList<>(network.activationLayers());
    }
}
