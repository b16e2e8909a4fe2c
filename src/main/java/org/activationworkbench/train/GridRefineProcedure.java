package org.activationworkbench.train;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.activationworkbench.activation.BSplineActivation;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.Parameter;

/**
 * grid-refine (bspline only): joint training that starts with the family's knot count and doubles it (K → 2K − 1,
 * see {@link KnotRefinement}: the function stays the same) after each listed epoch; training then goes on with the
 * finer grid. Each activation layer gets a new BSplineActivation and parameter tensor, and the optimizer's state
 * for that tensor is re-mapped by the same refinement. Phases are named by knot count ("21 knots").
 */
final class GridRefineProcedure implements Procedure {

    private final int[] requested;
    private int[] refineAt;
    private int lastRefined = -1;

    GridRefineProcedure(int[] refineEpochs) {
        this.requested = refineEpochs.clone();
    }

    @Override
    public String name() {
        return "grid-refine";
    }

    @Override
    public void check(Network network) {
        BSplineLayers.require(network, name());
    }

    /** The epochs after which to refine: as given, or at a third and two thirds of the run. */
    int[] refineEpochs(TrainingOptions options) {
        if (refineAt == null) {
            int e = options.epochs();
            refineAt = requested.length > 0 ? requested.clone()
                    : Arrays.stream(new int[] {e / 3, 2 * e / 3}).filter(x -> x >= 1).distinct().toArray();
        }
        return refineAt;
    }

    @Override
    public Phase beforeStep(TrainingSession session) {
        int done = session.epochsDone();
        if (session.atEpochBoundary() && done != lastRefined && contains(refineEpochs(session.options()), done)) {
            refine(session.network(), session.optimizer());
            lastRefined = done;
        }
        return Phase.joint(knots(session.network()) + " knots");
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) return true;
        }
        return false;
    }

    private static int knots(Network net) {
        return BSplineLayers.of(net.activationLayers().get(0)).knots();
    }

    /** Refines every activation layer of the network and re-maps the optimizer's state to the new tensors. */
    static void refine(Network network, Optimizer optimizer) {
        for (int i = 0; i < network.activationLayers().size(); i++) {
            ActivationLayer layer = network.activationLayers().get(i);
            BSplineActivation b = BSplineLayers.of(layer);
            int k = b.knots();
            Parameter old = layer.parameter();
            Parameter fresh = network.swapActivation(i, b.withKnots(KnotRefinement.refinedKnots(k)),
                    KnotRefinement.refine(old.value(), k));
            if (optimizer != null) optimizer.replaceParameter(old, fresh, state -> KnotRefinement.refine(state, k));
        }
    }

    /**
     * Refines every activation layer until it has {@code knots} knots, as the refinements of a saved run did, so
     * that the run's values can be restored into the network.
     */
    static void refineTo(Network network, Optimizer optimizer, int knots) {
        int start = knots(network);
        while (knots(network) < knots) refine(network, optimizer);
        if (knots(network) != knots) {
            throw new IllegalArgumentException("the saved activations have " + knots + " knots, which grid refinement of "
                    + start + " knots never gives");
        }
    }

    @Override
    public ProcedureReport finish(TrainingSession session) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("refineEpochs", refineEpochs(session.options()));
        d.put("finalKnots", knots(session.network()));
        return new ProcedureReport("grid-refine: " + knots(session.network()) + " knots per activation at the end", d);
    }
}
