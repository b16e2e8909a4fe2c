package org.activationworkbench.train;

import org.activationworkbench.activation.BSplineActivation;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.Parameter;

/**
 * bspline's --grid follow, after pykan's grid update: at the end of each epoch of the first half of the planned
 * epochs, every bspline layer's knot grid moves to where the layer's inputs are (their 0.5 to 99.5 % range on a
 * sample of the training data, with a tenth of margin each side), keeping the function: the new control points
 * are the old spline's values at the new knots (outside the old grid, its straight continuation). A grid that
 * already fits the inputs within a tenth of its width stays, so the shapes do not shimmer. The optimizer's state
 * for the knots is carried over by the same resampling, clamped at the old ends.
 */
final class KnotFollowing {

    static final double LOW = 0.005;
    static final double HIGH = 0.995;
    static final double MARGIN = 0.1;
    static final double TOLERANCE = 0.1;

    private KnotFollowing() {
    }

    /** True when any layer is a bspline that follows its inputs. */
    static boolean wanted(Network net) {
        for (ActivationLayer a : net.activationLayers()) {
            if (BSplineLayers.learned(a) instanceof BSplineActivation b && b.followsInputs()) return true;
        }
        return false;
    }

    /** Moves the grids of the following bspline layers to their inputs on the training split. */
    static void follow(TrainingSession s) {
        Network net = s.network();
        InputRanges inputs = InputRanges.of(net, s.data().train(), s.data().inputs());
        for (int i = 0; i < net.activationLayers().size(); i++) {
            ActivationLayer layer = net.activationLayers().get(i);
            if (!(BSplineLayers.learned(layer) instanceof BSplineActivation b) || !b.followsInputs()) continue;
            double qlo = inputs.quantile(i, LOW);
            double qhi = inputs.quantile(i, HIGH);
            double width = Math.max(qhi - qlo, 1e-3);
            double lo = qlo - MARGIN * width;
            double hi = qhi + MARGIN * width;
            double[] old = b.workingRange();
            double tolerance = TOLERANCE * (old[1] - old[0]);
            if (Math.abs(lo - old[0]) <= tolerance && Math.abs(hi - old[1]) <= tolerance) continue;
            move(s, i, b, lo, hi);
        }
    }

    private static void move(TrainingSession s, int i, BSplineActivation b, double lo, double hi) {
        Network net = s.network();
        BSplineActivation moved = b.withGrid(lo, hi);
        Parameter before = net.activationLayers().get(i).parameter();
        Parameter after = net.swapActivation(i, moved, resample(before.value(), b, moved, true));
        s.optimizer().replaceParameter(before, after, state -> resample(state, b, moved, false));
    }

    /**
     * Values on the old grid (vectors × K, vector after vector) re-expressed on the new grid of the same K: the
     * piecewise-linear interpolation at each new knot, extended straight beyond the old ends, or (for optimizer
     * state, which must stay in its range) held at the end values.
     */
    static float[] resample(float[] values, BSplineActivation from, BSplineActivation to, boolean extend) {
        int k = from.knots();
        int vectors = values.length / k;
        double[] src = from.workingRange();
        double[] dst = to.workingRange();
        double h = (src[1] - src[0]) / (k - 1);
        float[] out = new float[values.length];
        for (int j = 0; j < k; j++) {
            double x = dst[0] + (dst[1] - dst[0]) * j / (k - 1);
            double u = (x - src[0]) / h;
            if (!extend) u = Math.max(0, Math.min(k - 1, u));
            int seg = (int) Math.max(0, Math.min(k - 2, Math.floor(u)));
            double t = u - seg;
            for (int v = 0; v < vectors; v++) {
                int base = v * k;
                out[base + j] = (float) ((1 - t) * values[base + seg] + t * values[base + seg + 1]);
            }
        }
        return out;
    }
}
