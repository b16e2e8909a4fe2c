package org.activationworkbench.train;

import java.util.ArrayList;
import java.util.List;
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

    @Override
    public String name() {
        return weights.name() + "+" + activations.name();
    }
}
