package org.activationworkbench.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        this.parameters = List.copyOf(parameters);
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

    /** Restores the global step count of a saved run. */
    public void restoreSteps(long steps) {
        this.steps = steps;
    }

    /** One update with base learning rate lr, from the gradients currently in the parameters. */
    public final void step(double lr) {
        steps++;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            GroupSettings s = groups.get(p.group());
            if (s.frozen()) continue;
            update(i, p, lr * s.lrMultiplier(), s.weightDecay());
        }
    }

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
