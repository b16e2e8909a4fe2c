package org.activationworkbench.nn;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.KernelWorkspace;
import org.activationworkbench.activation.Sharing;

/**
 * The activation after one hidden dense or conv layer, with its own parameters (one vector, or one per unit;
 * after a conv layer a unit is a channel, and every pixel of that channel shares its vector).
 *
 * <p>Parameters live in float32 like every other tensor, so one optimizer serves them all; the kernels
 * read a double copy refreshed before each forward pass (a few hundred values, no allocation).
 */
public final class ActivationLayer {

    private final int index;
    private final Sharing sharing;
    private final int units;
    private Activation activation;
    private Parameter param;
    private double[] pDouble;
    private double[] gradDouble;
    /** What the activation's forward pass leaves for its backward pass (fourier: every term's sin and cos). */
    private final KernelWorkspace workspace = new KernelWorkspace();
    /** The parameters as they were when a formula patch went in, and which vectors it replaced; null without one. */
    private float[] frozen;
    private java.util.List<Boolean> frozenVectors;

    public ActivationLayer(int index, Activation activation, Sharing sharing, int units) {
        this.index = index;
        this.sharing = sharing;
        this.units = units;
        int vectors = sharing == Sharing.NEURON ? units : 1;
        int n = activation.parameterCount();
        float[] values = new float[vectors * n];
        double[] init = activation.initialParameters();
        for (int v = 0; v < vectors; v++) {
            for (int i = 0; i < n; i++) values[v * n + i] = (float) init[i];
        }
        install(activation, values);
    }

    /** Drops the kernel workspace; the next forward pass allocates it again. */
    void releaseWorkspace() {
        workspace.release();
    }

    private void install(Activation a, float[] values) {
        this.param = new Parameter("act" + index + ".params", ParameterGroup.ACTIVATION, values, new float[values.length]);
        this.pDouble = new double[values.length];
        this.gradDouble = new double[values.length];
        setActivation(a);
    }

    /**
     * Replaces the activation by another of the same family with a different parameter count (grid refinement),
     * taking the given values (vectors × its parameter count). Returns the new parameter tensor: callers that
     * hold the old one (the network's list, the optimizer) must swap it — see {@link Network#swapActivation}.
     */
    Parameter swap(Activation replacement, float[] values) {
        if (values.length != vectors() * replacement.parameterCount()) {
            throw new IllegalArgumentException("act" + index + ": " + values.length + " values for " + vectors()
                    + " vectors of " + replacement.parameterCount());
        }
        // a grid change keeps the formulas of activation surgery: they do not depend on the grid
        if (activation instanceof org.activationworkbench.activation.FormulaPatch p
                && !(replacement instanceof org.activationworkbench.activation.FormulaPatch)) {
            replacement = new org.activationworkbench.activation.FormulaPatch(replacement, p.formulas());
        }
        install(replacement, values);
        return param;
    }

    public Activation activation() {
        return activation;
    }

    /**
     * Puts another activation with the same parameter layout in place, keeping the parameters and their tensor (so
     * an optimizer built on it goes on): activation surgery's formula patch, or undoing it.
     */
    public void useActivation(Activation same) {
        if (same.parameterCount() != activation.parameterCount()) {
            throw new IllegalArgumentException("act" + index + ": " + same.displayName() + " takes "
                    + same.parameterCount() + " parameters per vector, the layer holds " + activation.parameterCount());
        }
        setActivation(same);
    }

    private void setActivation(Activation same) {
        this.activation = same;
        frozen = null;
        if (same instanceof org.activationworkbench.activation.FormulaPatch patch) {
            frozen = param.value().clone();
            frozenVectors = patch.formulas().stream().map(java.util.Objects::nonNull).toList();
        }
    }

    /**
     * Puts the replaced vectors' parameters back as they were when the formula patch went in: their gradient is 0,
     * but an optimizer with momentum would still move them, and a frozen activation's numbers should not drift.
     */
    public void restoreFrozen() {
        if (frozen == null) return;
        int n = activation.parameterCount();
        float[] v = param.value();
        for (int k = 0; k < frozenVectors.size(); k++) {
            if (frozenVectors.get(k)) System.arraycopy(frozen, k * n, v, k * n, n);
        }
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

    /** y = f(z) over rows × units values (for a conv layer rows = batch × pixels). */
    public void forward(float[] z, float[] y, int rows) {
        loadParameters();
        activation.forward(z, y, rows, units, pDouble, sharing, workspace);
    }

    /** Refreshes the kernels' double copy of the parameters: once before a pass of {@link #forwardRows} calls. */
    void loadParameters() {
        float[] v = param.value();
        for (int i = 0; i < v.length; i++) pDouble[i] = v[i];
    }

    /**
     * y = f(z) over rows × units values with the parameters of the last {@link #loadParameters}. Uses no workspace,
     * so several threads may each run a slice of a batch at once (a conv block does).
     */
    void forwardRows(float[] z, float[] y, int rows) {
        activation.forward(z, y, rows, units, pDouble, sharing);
    }

    /** dz = dy ⊙ f'(z) over rows × units, adding the parameter gradient into dp (each thread its own). */
    void backwardRows(float[] z, float[] dy, float[] dz, int rows, double[] dp) {
        activation.backward(z, dy, dz, dp, rows, units, pDouble, sharing);
    }

    /** Sets the parameter gradient to the sum of the first {@code count} partial gradients, in order. */
    void setGradient(double[][] parts, int count) {
        float[] g = param.grad();
        for (int i = 0; i < g.length; i++) {
            double sum = 0;
            for (int p = 0; p < count; p++) sum += parts[p][i];
            g[i] = (float) sum;
        }
    }

    /** dz = dy ⊙ f'(z) (dz may be dy) and sets this layer's parameter gradient. Call after forward. */
    public void backward(float[] z, float[] dy, float[] dz, int rows) {
        java.util.Arrays.fill(gradDouble, 0);
        activation.backward(z, dy, dz, gradDouble, rows, units, pDouble, sharing, workspace);
        float[] g = param.grad();
        for (int i = 0; i < g.length; i++) g[i] = (float) gradDouble[i];
    }
}
