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
 * then the hidden layers as the {@link Architecture} says (plain dense → [norm] → activation layers, or pre-norm
 * residual blocks), and a final dense layer to the outputs (logits or regression values). Without conv blocks
 * and with {@link Architecture#PLAIN} it is the classic MLP.
 *
 * <p>The conv blocks' output is already the flattened input of the first dense layer: an NHWC batch is a
 * rows × (H·W·C) matrix in memory, so "flatten" is a change of view, not a copy.
 *
 * <p>{@link #forward} evaluates (a BatchNorm uses its running statistics); {@link #forwardTraining} is the pass a
 * training step back-propagates through. Buffers for every layer are allocated once for the largest batch seen,
 * so a training step allocates nothing. Not thread-safe: the Trainer owns it.
 */
public final class Network {

    public static final int MAX_HIDDEN_LAYERS = 100;

    private final int inputs;
    private final int outputs;
    private final int[] hidden;
    private final ImageShape image;
    private final int[] convChannels;
    private final Architecture architecture;
    private final List<ConvBlock> blocks = new ArrayList<>();
    private final HiddenStack stack;
    private final DenseLayer output;
    private final List<DenseLayer> dense = new ArrayList<>();
    private final List<ActivationLayer> activations = new ArrayList<>(); // conv blocks' first, then the hidden ones
    private final List<Parameter> parameters = new ArrayList<>();

    private int capacity;
    private float[] out;     // logits / predictions
    private float[][] blockGrad; // dL/d(output of conv block b)

    private float[] stackOutput; // the output layer's input in the last forward pass
    private int lastRows;

    /** The plain MLP: inputs → hidden dense layers with the activation → outputs. */
    public Network(int inputs, int[] hidden, int outputs, Activation activation, Sharing sharing, long seed) {
        this(null, new int[0], inputs, hidden, outputs, activation, sharing, seed, Architecture.PLAIN);
    }

    /**
     * A small CNN: one conv block per entry of convChannels on images of the given shape, then the MLP part.
     * With an empty convChannels it is exactly the MLP of the other constructor (same weights for the same seed).
     */
    public Network(ImageShape image, int[] convChannels, int[] hidden, int outputs, Activation activation,
                   Sharing sharing, long seed) {
        this(image, convChannels, image.size(), hidden, outputs, activation, sharing, seed, Architecture.PLAIN);
    }

    /**
     * A network of any architecture: an MLP when image is null (convChannels must then be empty), else conv blocks
     * on images of that shape first. For a residual architecture, hidden lists the blocks: one entry per block, all
     * equal to the stream's width. {@link Architecture#PLAIN} gives exactly the networks of the other constructors.
     */
    public static Network of(Architecture architecture, ImageShape image, int[] convChannels, int inputs, int[] hidden,
                             int outputs, Activation activation, Sharing sharing, long seed) {
        if (image == null && convChannels.length > 0) {
            throw new IllegalArgumentException("--conv needs image inputs");
        }
        return new Network(image, convChannels, image == null ? inputs : image.size(), hidden, outputs, activation,
                sharing, seed, architecture);
    }

    private Network(ImageShape image, int[] convChannels, int inputs, int[] hidden, int outputs,
                    Activation activation, Sharing sharing, long seed, Architecture architecture) {
        checkShape(hidden, convChannels, architecture);
        NetworkSize.requireParameters(image, convChannels, inputs, hidden, outputs, architecture);
        this.inputs = inputs;
        this.outputs = outputs;
        this.hidden = hidden.clone();
        this.image = image;
        this.convChannels = convChannels.clone();
        this.architecture = architecture;
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
        this.stack = architecture.block() == Architecture.Block.RESIDUAL
                ? new ResidualStack(fanIn, hidden.length, hidden[0], architecture.inner() > 0 ? architecture.inner()
                        : hidden[0], architecture.norm(), activation, sharing, activations.size(), rnd)
                : new PlainStack(fanIn, hidden, architecture.norm(), activation, sharing, activations.size(), rnd);
        activations.addAll(stack.activationLayers());
        parameters.addAll(stack.parameters());
        dense.addAll(stack.denseLayers());
        int top = stack.width();
        this.output = new DenseLayer(hidden.length, top, outputs, WeightInit.LECUN.std(top, outputs), rnd);
        dense.add(output);
        parameters.add(output.weightParameter());
        parameters.add(output.biasParameter());
    }

    private static void checkShape(int[] hidden, int[] convChannels, Architecture architecture) {
        String what = architecture.block() == Architecture.Block.RESIDUAL ? "residual blocks" : "layers";
        if (hidden.length < 1 || hidden.length > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("--hidden takes 1 to " + MAX_HIDDEN_LAYERS + " " + what + ", got "
                    + hidden.length);
        }
        for (int h : hidden) {
            if (h < 1) throw new IllegalArgumentException("--hidden widths must be at least 1, got " + h);
        }
        for (int c : convChannels) {
            if (c < 1) throw new IllegalArgumentException("--conv channel counts must be at least 1, got " + c);
        }
        if (architecture.block() == Architecture.Block.RESIDUAL) {
            for (int h : hidden) {
                if (h != hidden[0]) {
                    throw new IllegalArgumentException("--hidden: residual blocks add onto one stream, so every width"
                            + " must be the same, got " + java.util.Arrays.toString(hidden).replace(" ", ""));
                }
            }
        }
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** Widths of the hidden layers (for a residual network: of each block's stream, one entry per block). */
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

    public Architecture architecture() {
        return architecture;
    }

    public List<ConvBlock> convBlocks() {
        return Collections.unmodifiableList(blocks);
    }

    /**
     * Every dense layer in forward order, the output layer last. Plain: one per hidden layer. Residual: the input
     * layer, then each block's two, then the output layer.
     */
    public List<DenseLayer> denseLayers() {
        return Collections.unmodifiableList(dense);
    }

    /** Every norm layer in forward order (plain: one per hidden layer; residual: one per block, then the final one). */
    public List<NormLayer> normLayers() {
        return stack.normLayers();
    }

    /** The residual blocks in forward order (empty for a plain network). */
    public List<ResidualBlock> residualBlocks() {
        return stack instanceof ResidualStack r ? r.blocks() : List.of();
    }

    /** Every activation layer in forward order: the conv blocks' (one unit per channel), then the hidden ones. */
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
     * "784-256-256-10 MLP: 269,322 weights + 10,752 activation parameters", for a CNN
     * "28×28×1 conv16 pool conv32 pool-128-10 CNN: …", with a norm "… MLP, plain with LayerNorm: …", residual
     * "784-64×50-10 MLP, residual pre-LayerNorm (50 blocks of 64, inner 64): …" (weights include norm parameters).
     */
    public String summary() {
        StringBuilder shape = new StringBuilder();
        if (blocks.isEmpty()) {
            shape.append(inputs);
        } else {
            shape.append(image);
            for (int c : convChannels) shape.append(" conv").append(c).append(" pool");
        }
        boolean residual = architecture.block() == Architecture.Block.RESIDUAL;
        if (residual) {
            shape.append('-').append(hidden[0]).append('×').append(hidden.length);
        } else {
            for (int h : hidden) shape.append('-').append(h);
        }
        shape.append('-').append(outputs).append(blocks.isEmpty() ? " MLP" : " CNN");
        if (!architecture.classic()) shape.append(", ").append(architecture.description());
        if (residual) {
            shape.append(" (").append(hidden.length).append(hidden.length == 1 ? " block of " : " blocks of ")
                    .append(hidden[0]).append(", inner ").append(residualBlocks().get(0).inner().outputs()).append(')');
        }
        return String.format(java.util.Locale.ROOT, "%s: %,d weights + %,d activation parameters",
                shape, weightParameterCount(), activationParameterCount());
    }

    /**
     * Drops every batch-sized buffer (they are allocated again by the next pass): a trained network kept for later
     * use, as a study keeps every run's, then holds little more than its parameters.
     */
    public void releaseWorkspace() {
        stack.releaseWorkspace();
        for (ConvBlock b : blocks) b.releaseWorkspace();
        // fourier keeps every term's sine and cosine per value: rows × units × 2n floats in each layer
        for (ActivationLayer a : activations) a.releaseWorkspace();
        blockGrad = null;
        out = null;
        stackOutput = null;
        capacity = 0;
    }

    private void ensureCapacity(int rows) {
        if (rows <= capacity) return;
        int[] convOutputs = new int[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) convOutputs[b] = blocks.get(b).outputShape().size();
        NetworkSize.requireBatch(rows, hidden, convOutputs, outputs);
        blockGrad = new float[blocks.size()][];
        for (int b = 0; b < blocks.size(); b++) blockGrad[b] = new float[rows * blocks.get(b).outputShape().size()];
        out = new float[rows * outputs];
        capacity = rows;
    }

    /**
     * Evaluates the batch (rows × inputs); returns the output buffer (rows × outputs, owned by the net). BatchNorm
     * layers use their running statistics, and nothing in the network changes.
     */
    public float[] forward(float[] x, int rows) {
        return run(x, rows, false);
    }

    /**
     * The forward pass of a training step: as {@link #forward}, except that BatchNorm layers normalise with the
     * batch's statistics and move their running statistics towards them.
     */
    public float[] forwardTraining(float[] x, int rows) {
        return run(x, rows, true);
    }

    private float[] run(float[] x, int rows, boolean training) {
        ensureCapacity(rows);
        lastRows = rows;
        float[] in = x;
        for (ConvBlock b : blocks) in = b.forward(in, rows);
        stackOutput = stack.forward(in, rows, training);
        output.forward(stackOutput, rows, out);
        return out;
    }

    /** Back-propagates dL/d(outputs) from the last forward pass, setting every parameter's gradient. */
    public void backward(float[] dOut, int rows) {
        backward(dOut, rows, null);   // the network's own input needs no gradient in training
    }

    /** As {@link #backward}, writing dL/d(network input) into dx unless it is null. */
    private void backward(float[] dOut, int rows, float[] dx) {
        int nb = blocks.size();
        output.backward(stackOutput, dOut, rows, stack.outputGradient());
        stack.backward(rows, nb > 0 ? blockGrad[nb - 1] : dx);
        for (int b = nb - 1; b >= 0; b--) {
            blocks.get(b).backward(blockGrad[b], rows, b == 0 ? dx : blockGrad[b - 1]);
        }
    }

    /**
     * dL/dx: the gradient of the loss with respect to the network's input of the last forward pass (rows × inputs,
     * a new array), for input-space attacks such as FGSM, on MLPs and CNNs alike. Also sets the parameter gradients,
     * as {@link #backward}.
     */
    public float[] inputGradient(float[] dOut, int rows) {
        float[] dx = new float[rows * inputs];
        backward(dOut, rows, dx);
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
        return layer < blocks.size() ? blocks.get(layer).preActivations() : stack.preActivations(layer - blocks.size());
    }

    /** How many values of {@link #preActivations} the last forward pass wrote (rows × units, × pixels for conv). */
    public int preActivationCount(int layer) {
        int perRow = layer < blocks.size() ? blocks.get(layer).preActivationsPerImage() : activations.get(layer).units();
        return lastRows * perRow;
    }
}
