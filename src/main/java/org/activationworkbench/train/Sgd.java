package org.activationworkbench.train;

import java.util.List;
import java.util.function.UnaryOperator;
import org.activationworkbench.nn.Parameter;

/** Stochastic gradient descent with optional (Nesterov) momentum and L2 weight decay, as PyTorch's SGD. */
public final class Sgd extends Optimizer {

    private final double momentum;
    private final boolean nesterov;
    private final float[][] velocity;

    public Sgd(List<Parameter> parameters, double momentum, boolean nesterov) {
        super(parameters);
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.velocity = new float[this.parameters.size()][];
        for (int i = 0; i < velocity.length; i++) velocity[i] = new float[this.parameters.get(i).size()];
    }

    @Override
    protected void update(int index, Parameter p, double lr, double weightDecay) {
        float[] w = p.value();
        float[] g = p.grad();
        float[] v = velocity[index];
        float mu = (float) momentum;
        float eta = (float) lr;
        float wd = (float) weightDecay;
        for (int i = 0; i < w.length; i++) {
            float d = g[i] + wd * w[i];
            if (mu != 0f) {
                v[i] = mu * v[i] + d;
                d = nesterov ? d + mu * v[i] : v[i];
            }
            w[i] -= eta * d;
        }
    }

    @Override
    protected void remapState(int index, UnaryOperator<float[]> remap) {
        velocity[index] = remap.apply(velocity[index]);
    }

    @Override
    public java.util.Map<String, float[][]> stateBuffers() {
        return java.util.Map.of("velocity", velocity);
    }

    @Override
    public String name() {
        return "sgd";
    }
}
