package org.activationworkbench.nn;

import java.util.SplittableRandom;

/**
 * A 3×3 convolution, stride 1, same padding, NHWC in and out: im2col, then the product with a (9·Cin) × Cout
 * weight matrix. That product is exactly a dense layer applied to every pixel's unrolled neighbourhood, so the
 * weights, bias and their gradients are a {@link DenseLayer}'s (named conv{i}.weight / conv{i}.bias).
 */
public final class Conv2DLayer {

    private final ImageShape in;
    private final ImageShape out;
    private final DenseLayer kernel;
    private float[] cols = new float[0];
    private float[] dCols = new float[0];

    public Conv2DLayer(int index, ImageShape in, int outChannels, double std, SplittableRandom rnd) {
        this.in = in;
        this.out = in.withChannels(outChannels);
        this.kernel = new DenseLayer("conv" + index, Im2Col.TAPS * in.channels(), outChannels, std, rnd);
    }

    public ImageShape inputShape() {
        return in;
    }

    public ImageShape outputShape() {
        return out;
    }

    /** Fan-in of one output value: 9·Cin. */
    public int fanIn() {
        return kernel.inputs();
    }

    public Parameter weightParameter() {
        return kernel.weightParameter();
    }

    public Parameter biasParameter() {
        return kernel.biasParameter();
    }

    /** y[images × H × W × Cout] from x[images × H × W × Cin]. */
    public void forward(float[] x, int images, float[] y) {
        int rows = images * in.pixels();
        if (cols.length < rows * kernel.inputs()) {
            cols = new float[rows * kernel.inputs()];
            dCols = new float[cols.length];
        }
        Im2Col.unroll(x, images, in, cols);
        kernel.forward(cols, rows, y);
    }

    /** Sets the weight and bias gradients, and writes dx unless it is null (the first layer). Call after forward. */
    public void backward(float[] dy, int images, float[] dx) {
        int rows = images * in.pixels();
        kernel.backward(cols, dy, rows, dx == null ? null : dCols);
        if (dx != null) Im2Col.accumulate(dCols, images, in, dx);
    }
}
