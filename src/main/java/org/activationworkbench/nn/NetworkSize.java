package org.activationworkbench.nn;

import java.util.Arrays;
import java.util.Locale;
import org.activationworkbench.core.MemoryBudget;

/**
 * Refuses, before anything is allocated, a network or a batch that cannot exist: a weight matrix or a batch buffer
 * past the largest array, or parameters (with their gradients and an optimizer's two moments, 16 bytes each) or
 * batch buffers that would not fit in the memory. The messages name the layer sizes and what to change.
 */
final class NetworkSize {

    private NetworkSize() {
    }

    /** The parameters of the network these sizes describe; residual: an input layer and two per block. */
    static void requireParameters(ImageShape image, int[] convChannels, int inputs, int[] hidden, int outputs,
                                  Architecture architecture) {
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
        if (architecture.block() == Architecture.Block.RESIDUAL) {
            int w = hidden[0];
            int inner = architecture.inner() > 0 ? architecture.inner() : w;
            total += matrix(shape, "input layer", fanIn, w);
            total += hidden.length * (matrix(shape, "block layer", w, inner) + matrix(shape, "block layer", inner, w));
            fanIn = w;
        } else {
            for (int width : hidden) {
                total += matrix(shape, "hidden layer", fanIn, width);
                fanIn = width;
            }
        }
        total += matrix(shape, "output layer", fanIn, outputs);
        MemoryBudget.require(16 * total, String.format(Locale.ROOT, "the network %s: its %,d parameters "
                + "(with gradients and optimizer state)", shape, total), "; use smaller --hidden or --conv sizes");
    }

    /**
     * The batch buffers of rows rows: the conv blocks' outputs and up to six arrays per hidden layer (its dense
     * output, norm, activation, their gradients; a residual block's stream and inner values alike).
     */
    static void requireBatch(int rows, int[] hidden, int[] convOutputs, int outputs) {
        long floats = (long) rows * outputs;
        for (int h : hidden) floats += 6L * rows * h;
        for (int c : convOutputs) floats += (long) rows * c;
        long perArray = 0;
        for (int h : hidden) perArray = Math.max(perArray, (long) rows * h);
        if (perArray > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a batch of %,d rows through "
                    + "hidden layers of %s units needs arrays of %,d values, more than one array can hold; use a "
                    + "smaller --batch or --hidden", rows, Arrays.toString(hidden), perArray));
        }
        MemoryBudget.require(4 * floats, String.format(Locale.ROOT, "a batch of %,d rows", rows),
                "; use a smaller --batch or --hidden");
    }

    /** in × out (+ out biases), refused past the largest array. */
    private static long matrix(CharSequence shape, String layer, long in, long out) {
        long n = in * out;
        if (n > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the network %s cannot be built: "
                    + "a %s of %,d × %,d = %,d weights is more than one array can hold; use smaller --hidden or --conv "
                    + "sizes", shape, layer, in, out, n));
        }
        return n + out;
    }
}
