package org.activationworkbench.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.activationworkbench.nn.Parameter;
import org.activationworkbench.nn.ParameterGroup;

/**
 * One optimizer per parameter group (two-optimizers: SGD with momentum for the weights, Adam for the activation
 * parameters, the usual practice for splines). The group settings — learning-rate multiplier, decay, freezing —
 * are this optimizer's, as for any other; each update is handed to the group's own optimizer and its state.
 */
final class SplitOptimizer extends Optimizer {

    private final Optimizer weights;
    private final Optimizer activations;
    private final Optimizer[] owner;
    private final int[] local;

    /** SGD (momentum and Nesterov from the options) for the weights, Adam for the activation parameters. */
    static Optimizer sgdWeightsAdamActivations(TrainingOptions options, List<Parameter> parameters) {
        List<Parameter> w = new ArrayList<>();
        List<Parameter> a = new ArrayList<>();
        for (Parameter p : parameters) (p.group() == ParameterGroup.WEIGHTS ? w : a).add(p);
        return options.configureGroups(new SplitOptimizer(parameters, new Sgd(w, options.momentum(), options.nesterov()),
                new Adam(a, false)));
    }

    private SplitOptimizer(List<Parameter> parameters, Optimizer weights, Optimizer activations) {
        super(parameters);
        this.weights = weights;
        this.activations = activations;
        this.owner = new Optimizer[this.parameters.size()];
        this.local = new int[owner.length];
        int w = 0;
        int a = 0;
        for (int i = 0; i < owner.length; i++) {
            boolean isWeight = this.parameters.get(i).group() == ParameterGroup.WEIGHTS;
            owner[i] = isWeight ? weights : activations;
            local[i] = isWeight ? w++ : a++;
        }
    }

    @Override
    protected void update(int index, Parameter p, double lr, double weightDecay) {
        owner[index].update(local[index], p, lr, weightDecay);
    }

    @Override
    public void replaceParameter(Parameter old, Parameter fresh, UnaryOperator<float[]> remap) {
        owner[indexOf(old)].replaceParameter(old, fresh, remap);
        super.replaceParameter(old, fresh, remap);
    }

    @Override
    protected void remapState(int index, UnaryOperator<float[]> remap) {
        // the state lives in the group's optimizer, re-mapped by replaceParameter above
    }

    /**
     * Both optimizers' buffers in this optimizer's parameter order ("velocity" of SGD for the weights, Adam's "m"
     * and "v" for the activation parameters); a parameter the buffer does not belong to has an empty array there.
     * The arrays are the live ones, so a restore fills them.
     */
    @Override
    public Map<String, float[][]> stateBuffers() {
        Map<String, float[][]> all = new LinkedHashMap<>();
        for (Optimizer o : new Optimizer[] {weights, activations}) {
            o.stateBuffers().forEach((name, arrays) -> {
                float[][] full = new float[owner.length][];
                for (int i = 0; i < owner.length; i++) full[i] = owner[i] == o ? arrays[local[i]] : new float[0];
                all.put(name, full);
            });
        }
        return all;
    }

    /** Adam's step counters for the activation parameters, 0 for the weights (SGD has none). A copy. */
    @Override
    public long[] stepCounters() {
        long[] c = new long[owner.length];
        long[] adam = activations.stepCounters();
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] == activations && local[i] < adam.length) c[i] = adam[local[i]];
        }
        return c;
    }

    @Override
    public void restoreStepCounters(long[] saved) {
        if (saved.length != owner.length) {
            throw new IllegalArgumentException("optimizer step counters: the saved state has " + saved.length
                    + ", the network needs " + owner.length);
        }
        long[] adam = activations.stepCounters();
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] == activations && local[i] < adam.length) adam[local[i]] = saved[i];
        }
    }

    @Override
    public void restoreSteps(long steps) {
        super.restoreSteps(steps);
        weights.restoreSteps(steps);
        activations.restoreSteps(steps);
    }

    @Override
    public String name() {
        return weights.name() + "+" + activations.name();
    }
}
