package org.activationworkbench.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.activation.WeightInit;
import org.activationworkbench.core.MemoryBudget;

/**
 * A feed-forward network: optional conv blocks (conv 3×3 → activation → max pool 2×2, NHWC) on image inputs,
 * then dense layers with bias, each hidden one followed by the chosen activation, and a final dense layer to
 * the outputs (logits or regression values). Without conv blocks it is the plain MLP.
 *
 * <p>The conv blocks' output is already the flattened input of the first dense layer: an NHWC batch is a
 * rows × (H·W·C) matrix in memory, so "flatten" is a change of view, not a copy.
 *
 * <p>Buffers for every layer are allocated once for the largest batch seen, so a training step
 * allocates nothing. Not thread-safe: the Trainer owns it.
 */
public final class Network {

    public static final int MAX_HIDDEN_LAYERS = 100;

    private final int inputs;
    private final int outputs;
    private final int[] hidden;
    private final ImageShape image;
    private final int[] convChannels;
    private final List<ConvBlock> blocks = new ArrayList<>();
    private final List<DenseLayer> dense = new ArrayList<>();
    private final List<ActivationLayer> activations = new ArrayList<>(); // conv blocks' first, then the dense ones
    private final List<Parameter> parameters = new ArrayList<>();

    private int capacity;
    private float[][] pre;   // z_i: pre-activations of hidden dense layer i
    private float[][] post;  // a_i: activations of hidden dense layer i
    private float[] out;     // logits / predictions
    private float[][] grad;  // dL/da_i, turned into dL/dz_i in place
    private float[][] blockGrad; // dL/d(output of conv block b)

    private float[] denseInput;  // the input of the first dense layer in the last forward pass
    private int lastRows;

    /** The plain MLP: inputs → hidden dense layers with the activation → outputs. */
    public Network(int inputs, int[] hidden, int outputs, Activation activation, Sharing sharing, long seed) {
        this(null, new int[0], inputs, hidden, outputs, activation, sharing, seed);
    }

    /**
     * A small CNN: one conv block per entry of convChannels on images of the given shape, then the MLP part.
     * With an empty convChannels it is exactly the MLP of the other constructor (same weights for the same seed).
     */
    public Network(ImageShape image, int[] convChannels, int[] hidden, int outputs, Activation activation,
                   Sharing sharing, long seed) {
        this(image, convChannels, image.size(), hidden, outputs, activation, sharing, seed);
    }

    private Network(ImageShape image, int[] convChannels, int inputs, int[] hidden, int outputs,
                    Activation activation, Sharing sharing, long seed) {
        if (hidden.length < 1 || hidden.length > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("--hidden takes 1 to " + MAX_HIDDEN_LAYERS
                    + " layers, got " + hidden.length);
        }
        for (int h : hidden) {
            if (h < 1) throw new IllegalArgumentException("--hidden widths must be at least 1, got " + h);
        }
        for (int c : convChannels) {
            if (c < 1) throw new IllegalArgumentException("--conv channel counts must be at least 1, got " + c);
        }
        requireSizes(image, convChannels, inputs, hidden, outputs);
        this.inputs = inputs;
        this.outputs = outputs;
        this.hidden = hidden.clone();
        this.image = image;
        this.convChannels = convChannels.clone();
        SplittableRandom rnd = new SplittableRandom(seed);
        ImageShape shape = image;
        for (int b = 0; b < convChannels.length; b++) {
            Conv2DLayer conv = new Conv2DLayer(b, shape, convChannels[b],
                    activation.weightInit().std(Im2Col.TAPS * shape.channels(), convChannels[b]), rnd);
            ActivationLayer a = new ActivationLayer(activations.size(), activation, sharing, convChannels[b]);
            ConvBlock block = new ConvBlock(conv, a, new MaxPool2DLayer(conv.outputShape()));
            blocks.add(block);
            activations.add(a);
            parameters.add(conv.weightParameter());
            parameters.add(conv.biasParameter());
            if (a.parameter().size() > 0) parameters.add(a.parameter());
            shape = block.outputShape();
        }
        int fanIn = shape == null ? inputs : shape.size();
        for (int i = 0; i < hidden.length; i++) {
            double std = activation.weightInit().std(fanIn, hidden[i]);
            DenseLayer d = new DenseLayer(i, fanIn, hidden[i], std, rnd);
            ActivationLayer a = new ActivationLayer(activations.size(), activation, sharing, hidden[i]);
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

    /**
     * Refuses, before anything is allocated, a network whose layers cannot exist: a weight matrix past the largest
     * array, or parameters that with their gradients and an optimizer's two moments (16 bytes each) would not fit
     * in the memory. The message names the layer sizes.
     */
    private static void requireSizes(ImageShape image, int[] convChannels, int inputs, int[] hidden, int outputs) {
        StringBuilder shape = new StringBuilder(image == null ? Integer.toString(inputs) : image.toString());
        for (int c : convChannels) shape.append(" conv").append(c);
        for (int h : hidden) shape.append('-').append(h);
        shape.append('-').append(outputs);
        long total = 0;
        int channels = image == null ? 0 : image.channels();
        int fanIn = inputs;
        if (image != null) {
            long h = image.height(), w = image.width();
            for (int c : convChannels) {
                total += matrix(shape, "conv layer", (long) Im2Col.TAPS * channels, c);
                channels = c;
                h /= 2;
                w /= 2;
            }
            fanIn = (int) Math.min(Integer.MAX_VALUE, h * w * Math.max(1, channels));
        }
        for (int width : hidden) {
            total += matrix(shape, "hidden layer", fanIn, width);
            fanIn = width;
        }
        total += matrix(shape, "output layer", fanIn, outputs);
        MemoryBudget.require(16 * total, String.format(java.util.Locale.ROOT, "the network %s: its %,d parameters "
                + "(with gradients and optimizer state)", shape, total), "; use smaller --hidden or --conv sizes");
    }

    /** in × out (+ out biases), refused past the largest array. */
    private static long matrix(CharSequence shape, String layer, long in, long out) {
        long n = in * out;
        if (n > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the network %s cannot be built: "
                    + "a %s of %,d × %,d = %,d weights is more than one array can hold; use smaller --hidden or --conv "
                    + "sizes", shape, layer, in, out, n));
        }
        return n + out;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** Widths of the hidden dense layers. */
    public int[] hidden() {
        return hidden.clone();
    }

    /** Channels of the conv blocks (empty for an MLP). */
    public int[] convChannels() {
        return convChannels.clone();
    }

    /** The input image shape, or null for an MLP. */
    public ImageShape imageShape() {
        return image;
    }

    public List<ConvBlock> convBlocks() {
        return Collections.unmodifiableList(blocks);
    }

    public List<DenseLayer> denseLayers() {
        return Collections.unmodifiableList(dense);
    }

    /** Every activation layer in forward order: the conv blocks' (one unit per channel), then the hidden dense ones. */
    public List<ActivationLayer> activationLayers() {
        return Collections.unmodifiableList(activations);
    }

    public List<Parameter> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /**
     * Puts a different activation (same family, another parameter count, e.g. a refined knot grid) into activation
     * layer {@code layer} with the given values. Returns the new parameter tensor, which replaces the old one in
     * {@link #parameters()}; an optimizer built on the old list must be told too ({@code Optimizer.replaceParameter}).
     */
    public Parameter swapActivation(int layer, Activation replacement, float[] values) {
        ActivationLayer a = activations.get(layer);
        Parameter old = a.parameter();
        Parameter fresh = a.swap(replacement, values);
        int at = parameters.indexOf(old);
        if (at >= 0) {
            parameters.set(at, fresh);
        } else if (fresh.size() > 0) {
            throw new IllegalStateException("act" + layer + " had no parameters to replace");
        }
        return fresh;
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

    /**
     * "784-256-256-10 MLP: 269,322 weights + 10,752 activation parameters", or for a CNN
     * "28×28×1 conv16 pool conv32 pool-128-10 CNN: …".
     */
    public String summary() {
        StringBuilder shape = new StringBuilder();
        if (blocks.isEmpty()) {
            shape.append(inputs);
        } else {
            shape.append(image);
            for (int c : convChannels) shape.append(" conv").append(c).append(" pool");
        }
        for (int h : hidden) shape.append('-').append(h);
        shape.append('-').append(outputs);
        return String.format(java.util.Locale.ROOT, "%s %s: %,d weights + %,d activation parameters",
                shape, blocks.isEmpty() ? "MLP" : "CNN", weightParameterCount(), activationParameterCount());
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) return;
        long floats = (long) rows * outputs;
        for (int h : hidden) floats += 3L * rows * h;
        for (ConvBlock b : blocks) floats += (long) rows * b.outputShape().size();
        long perArray = 0;
        for (int h : hidden) perArray = Math.max(perArray, (long) rows * h);
        if (perArray > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a batch of %,d rows through "
                    + "hidden layers of %s units needs arrays of %,d values, more than one array can hold; use a "
                    + "smaller --batch or --hidden", rows, java.util.Arrays.toString(hidden), perArray));
        }
        MemoryBudget.require(4 * floats, String.format(java.util.Locale.ROOT, "a batch of %,d rows", rows),
                "; use a smaller --batch or --hidden");
        int n = hidden.length;
        pre = new float[n][];
        post = new float[n][];
        grad = new float[n][];
        for (int i = 0; i < n; i++) {
            pre[i] = new float[rows * hidden[i]];
            post[i] = new float[rows * hidden[i]];
            grad[i] = new float[rows * hidden[i]];
        }
        blockGrad = new float[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) blockGrad[b] = new float[rows * blocks.get(b).outputShape().size()];
        out = new float[rows * outputs];
        capacity = rows;
    }

    /** Runs the batch (rows × inputs) forward; returns the output buffer (rows × outputs, owned by the net). */
    public float[] forward(float[] x, int rows) {
        ensureCapacity(rows);
        lastRows = rows;
        float[] in = x;
        for (ConvBlock b : blocks) in = b.forward(in, rows);
        denseInput = in;
        for (int i = 0; i < hidden.length; i++) {
            dense.get(i).forward(in, rows, pre[i]);
            activations.get(blocks.size() + i).forward(pre[i], post[i], rows);
            in = post[i];
        }
        dense.get(hidden.length).forward(in, rows, out);
        return out;
    }

    /** Back-propagates dL/d(outputs) from the last forward pass, setting every parameter's gradient. */
    public void backward(float[] dOut, int rows) {
        int n = hidden.length;
        int nb = blocks.size();
        dense.get(n).backward(post[n - 1], dOut, rows, grad[n - 1]);
        for (int i = n - 1; i >= 0; i--) {
            activations.get(nb + i).backward(pre[i], grad[i], grad[i], rows);
            float[] below = i == 0 ? denseInput : post[i - 1];
            // the network's own input needs no gradient; the conv blocks' output does
            float[] dBelow = i > 0 ? grad[i - 1] : nb > 0 ? blockGrad[nb - 1] : null;
            dense.get(i).backward(below, grad[i], rows, dBelow);
        }
        for (int b = nb - 1; b >= 0; b--) blocks.get(b).backward(blockGrad[b], rows, b == 0 ? null : blockGrad[b - 1]);
    }

    /**
     * dL/dx: the gradient of the loss with respect to the network's input of the last forward pass (rows × inputs,
     * a new array), for input-space attacks such as FGSM, on MLPs and CNNs alike. Runs {@link #backward} (which also
     * sets the parameter gradients) and then the first layer's input gradient, which training never needs.
     */
    public float[] inputGradient(float[] dOut, int rows) {
        backward(dOut, rows);   // leaves dL/dz_0 in grad[0], and dL/d(output of conv block 0) in blockGrad[0]
        float[] dx = new float[rows * inputs];
        if (blocks.isEmpty()) dense.get(0).backward(denseInput, grad[0], rows, dx);
        else blocks.get(0).backward(blockGrad[0], rows, dx);   // block 0 once more, now with its input's gradient
        return dx;
    }

    /** Rows of the last forward pass: how much of {@link #preActivations} is valid. */
    public int lastRows() {
        return lastRows;
    }

    /**
     * Pre-activations of activation layer i (in {@link #activationLayers()} order) from the last forward pass;
     * {@link #preActivationCount} of them are valid.
     */
    public float[] preActivations(int layer) {
        return layer < blocks.size() ? blocks.get(layer).preActivations() : pre[layer - blocks.size()];
    }

    /** How many values of {@link #preActivations} the last forward pass wrote (rows × units, × pixels for conv). */
    public int preActivationCount(int layer) {
        int perRow = layer < blocks.size() ? blocks.get(layer).preActivationsPerImage() : hidden[layer - blocks.size()];
        return lastRows * perRow;
    }
}
