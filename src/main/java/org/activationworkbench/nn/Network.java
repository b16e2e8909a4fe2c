package org.activationworkbench.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.activation.WeightInit;

/**
 * A multilayer perceptron: dense layers with bias, each hidden one followed by the chosen activation,
 * and a final dense layer to the outputs (logits or regression values).
 *
 * <p>Buffers for every layer are allocated once for the largest batch seen, so a training step
 * allocates nothing. Not thread-safe: the Trainer owns it.
 */
public final class Network {

    public static final int MAX_HIDDEN_LAYERS = 100;

    private final int inputs;
    private final int outputs;
    private final int[] hidden;
    private final List<DenseLayer> dense = new ArrayList<>();
    private final List<ActivationLayer> activations = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();

    private int capacity;
    private float[][] pre;   // z_i: pre-activations of hidden layer i
    private float[][] post;  // a_i: activations of hidden layer i
    private float[] out;     // logits / predictions
    private float[][] grad;  // dL/da_i, turned into dL/dz_i in place

    private float[] lastInput;
    private int lastRows;

    public Network(int inputs, int[] hidden, int outputs, Activation activation, Sharing sharing, long seed) {
        if (hidden.length < 1 || hidden.length > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("--hidden takes 1 to " + MAX_HIDDEN_LAYERS
                    + " layers, got " + hidden.length);
        }
        for (int h : hidden) {
            if (h < 1) throw new IllegalArgumentException("--hidden widths must be at least 1, got " + h);
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.hidden = hidden.clone();
        SplittableRandom rnd = new SplittableRandom(seed);
        int fanIn = inputs;
        for (int i = 0; i < hidden.length; i++) {
            double std = activation.weightInit().std(fanIn, hidden[i]);
            DenseLayer d = new DenseLayer(i, fanIn, hidden[i], std, rnd);
            ActivationLayer a = new ActivationLayer(i, activation, sharing, hidden[i]);
            dense.add(d);
            activations.add(a);
            parameters.add(d.weightParameter());
            parameters.add(d.biasParameter());
            if (a.parameter().size() > 0) parameters.add(a.parameter());
            fanIn = hidden[i];
        }
        DenseLayer last = new DenseLayer(hidden.length, fanIn, outputs, WeightInit.LECUN.std(fanIn, outputs), rnd);
        dense.add(last);
        parameters.add(last.weightParameter());
        parameters.add(last.biasParameter());
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    public int[] hidden() {
        return hidden.clone();
    }

    public List<DenseLayer> denseLayers() {
        return Collections.unmodifiableList(dense);
    }

    public List<ActivationLayer> activationLayers() {
        return Collections.unmodifiableList(activations);
    }

    public List<Parameter> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    public long weightParameterCount() {
        return count(ParameterGroup.WEIGHTS);
    }

    public long activationParameterCount() {
        return count(ParameterGroup.ACTIVATION);
    }

    private long count(ParameterGroup g) {
        return parameters.stream().filter(p -> p.group() == g).mapToLong(Parameter::size).sum();
    }

    /** "784-256-256-10 MLP: 269,322 weights + 10,752 activation parameters". */
    public String summary() {
        StringBuilder shape = new StringBuilder().append(inputs);
        for (int h : hidden) shape.append('-').append(h);
        shape.append('-').append(outputs);
        return String.format(java.util.Locale.ROOT, "%s MLP: %,d weights + %,d activation parameters",
                shape, weightParameterCount(), activationParameterCount());
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) return;
        int n = hidden.length;
        pre = new float[n][];
        post = new float[n][];
        grad = new float[n][];
        for (int i = 0; i < n; i++) {
            pre[i] = new float[rows * hidden[i]];
            post[i] = new float[rows * hidden[i]];
            grad[i] = new float[rows * hidden[i]];
        }
        out = new float[rows * outputs];
        capacity = rows;
    }

    /** Runs the batch (rows × inputs) forward; returns the output buffer (rows × outputs, owned by the net). */
    public float[] forward(float[] x, int rows) {
        ensureCapacity(rows);
        lastInput = x;
        lastRows = rows;
        float[] in = x;
        for (int i = 0; i < hidden.length; i++) {
            dense.get(i).forward(in, rows, pre[i]);
            activations.get(i).forward(pre[i], post[i], rows);
            in = post[i];
        }
        dense.get(hidden.length).forward(in, rows, out);
        return out;
    }

    /** Back-propagates dL/d(outputs) from the last forward pass, setting every parameter's gradient. */
    public void backward(float[] dOut, int rows) {
        int n = hidden.length;
        dense.get(n).backward(post[n - 1], dOut, rows, grad[n - 1]);
        for (int i = n - 1; i >= 0; i--) {
            activations.get(i).backward(pre[i], grad[i], grad[i], rows);
            float[] below = i == 0 ? lastInput : post[i - 1];
            dense.get(i).backward(below, grad[i], rows, i == 0 ? null : grad[i - 1]);
        }
    }

    /** Rows of the last forward pass: how much of {@link #preActivations} is valid. */
    public int lastRows() {
        return lastRows;
    }

    /** Pre-activations of hidden layer i from the last forward pass (rows × width, valid for those rows). */
    public float[] preActivations(int layer) {
        return pre[layer];
    }
}
