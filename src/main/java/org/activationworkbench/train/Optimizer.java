package org.activationworkbench.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.activationworkbench.nn.Parameter;
import org.activationworkbench.nn.ParameterGroup;

/**
 * Updates parameters from their gradients, group by group: each {@link ParameterGroup} has its own
 * learning-rate multiplier and weight decay, and can be frozen (its values then stay bit-identical).
 */
public abstract class Optimizer {

    protected final List<Parameter> parameters;
    private final Map<ParameterGroup, GroupSettings> groups = new EnumMap<>(ParameterGroup.class);
    private long steps;

    protected Optimizer(List<Parameter> parameters) {
        this.parameters = new ArrayList<>(parameters); // mutable only through replaceParameter
        for (ParameterGroup g : ParameterGroup.values()) groups.put(g, new GroupSettings());
    }

    public GroupSettings group(ParameterGroup g) {
        return groups.get(g);
    }

    public long steps() {
        return steps;
    }

    /**
     * The optimizer's per-parameter buffers (moments, velocities), for saving a run; restoring copies values
     * into these arrays. Empty for stateless optimizers.
     */
    public java.util.Map<String, float[][]> stateBuffers() {
        return java.util.Map.of();
    }

    /** Per-parameter step counters (Adam's bias correction), or an empty array when there are none. */
    public long[] stepCounters() {
        return new long[0];
    }

    /** Restores the per-parameter step counters of a saved run ({@link #stepCounters()} of the same length). */
    public void restoreStepCounters(long[] saved) {
        long[] live = stepCounters();
        if (saved.length != live.length) {
            throw new IllegalArgumentException("optimizer step counters: the saved state has " + saved.length
                    + ", the network needs " + live.length);
        }
        System.arraycopy(saved, 0, live, 0, live.length);
    }

    /** Restores the global step count of a saved run. */
    public void restoreSteps(long steps) {
        this.steps = steps;
    }

    /**
     * One update from the gradients currently in the parameters: the weights at {@code rates.weights()}, the
     * activation parameters at {@code rates.activations()}, each times its group's multiplier.
     */
    public final void step(LearningRates rates) {
        steps++;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            GroupSettings s = groups.get(p.group());
            if (s.frozen()) continue;
            double lr = p.group() == ParameterGroup.WEIGHTS ? rates.weights() : rates.activations();
            update(i, p, lr * s.lrMultiplier(), s.weightDecay());
        }
    }

    /**
     * Swaps a parameter tensor for a new one (grid refinement gives an activation more parameters). The optimizer's
     * state for it (momentum, Adam's moments) goes through {@code remap}, the same map that produced the new values
     * from the old, so a refined knot inherits the state of the knots it came from.
     */
    public void replaceParameter(Parameter old, Parameter fresh, UnaryOperator<float[]> remap) {
        int i = indexOf(old);
        parameters.set(i, fresh);
        remapState(i, remap);
    }

    /** Position of the parameter (by identity) in this optimizer's list. */
    protected final int indexOf(Parameter p) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) == p) return i;
        }
        throw new IllegalArgumentException("parameter " + p.name() + " is not one of this optimizer's");
    }

    /** Re-maps the per-parameter state of parameter number index after {@link #replaceParameter}. */
    protected abstract void remapState(int index, UnaryOperator<float[]> remap);

    /** Updates parameter number index (stable across steps, for per-parameter state). */
    protected abstract void update(int index, Parameter p, double lr, double weightDecay);

    /** Short name for listings: "adam", "sgd". */
    public abstract String name();

    /** Scales gradients so their global L2 norm (over unfrozen groups) is at most maxNorm; returns the norm. */
    public double clipGradientNorm(double maxNorm) {
        double sq = 0;
        for (Parameter p : parameters) {
            if (groups.get(p.group()).frozen()) continue;
            for (float g : p.grad()) sq += (double) g * g;
        }
        double norm = Math.sqrt(sq);
        if (norm > maxNorm && norm > 0) {
            float scale = (float) (maxNorm / norm);
            for (Parameter p : parameters) {
                float[] g = p.grad();
                for (int i = 0; i < g.length; i++) g[i] *= scale;
            }
        }
        return norm;
    }
}
