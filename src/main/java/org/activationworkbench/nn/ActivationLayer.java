package org.activationworkbench.nn;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;

/**
 * The activation after one hidden dense layer, with its own parameters (one vector, or one per unit).
 *
 * <p>Parameters live in float32 like every other tensor, so one optimizer serves them all; the kernels
 * read a double copy refreshed before each forward pass (a few hundred values, no allocation).
 */
public final class ActivationLayer {

    private final Activation activation;
    private final Sharing sharing;
    private final int units;
    private final Parameter param;
    private final double[] pDouble;
    private final double[] gradDouble;

    public ActivationLayer(int index, Activation activation, Sharing sharing, int units) {
        this.activation = activation;
        this.sharing = sharing;
        this.units = units;
        int vectors = sharing == Sharing.NEURON ? units : 1;
        int n = activation.parameterCount();
        float[] values = new float[vectors * n];
        double[] init = activation.initialParameters();
        for (int v = 0; v < vectors; v++) {
            for (int i = 0; i < n; i++) values[v * n + i] = (float) init[i];
        }
        this.param = new Parameter("act" + index + ".params", org.activationworkbench.nn.ParameterGroup.ACTIVATION,
                values, new float[values.length]);
        this.pDouble = new double[values.length];
        this.gradDouble = new double[values.length];
    }

    public Activation activation() {
        return activation;
    }

    public Sharing sharing() {
        return sharing;
    }

    public int units() {
        return units;
    }

    /** Number of parameter vectors: 1 (layer sharing) or units (neuron sharing). */
    public int vectors() {
        return sharing == Sharing.NEURON ? units : 1;
    }

    public Parameter parameter() {
        return param;
    }

    /** A double copy of the current parameters (all vectors, laid out like the float ones). */
    public double[] parametersAsDouble() {
        double[] out = new double[param.size()];
        float[] v = param.value();
        for (int i = 0; i < out.length; i++) out[i] = v[i];
        return out;
    }

    public void forward(float[] z, float[] y, int rows) {
        float[] v = param.value();
        for (int i = 0; i < v.length; i++) pDouble[i] = v[i];
        activation.forward(z, y, rows, units, pDouble, sharing);
    }

    /** dz = dy ⊙ f'(z) (dz may be dy) and sets this layer's parameter gradient. Call after forward. */
    public void backward(float[] z, float[] dy, float[] dz, int rows) {
        java.util.Arrays.fill(gradDouble, 0);
        activation.backward(z, dy, dz, gradDouble, rows, units, pDouble, sharing);
        float[] g = param.grad();
        for (int i = 0; i < g.length; i++) g[i] = (float) gradDouble[i];
    }
}
