package org.activationworkbench.nn;

import java.util.SplittableRandom;

/**
 * A 3×3 convolution, stride 1, same padding, NHWC in and out: im2col, then the product with a (9·Cin) × Cout
 * weight matrix. That product is exactly a dense layer applied to every pixel's unrolled neighbourhood, so the
 * weights and bias are a {@link DenseLayer}'s (named conv{i}.weight / conv{i}.bias).
 *
 * <p>It works a few images at a time ({@link #forwardImages}, {@link #backwardImages}) with the caller's scratch
 * rows, so the unrolled rows are multiplied while still in cache and two threads can each take half a batch.
 */
public final class Conv2DLayer {

    /**
     * OpenBLAS runs a product of at most 4·65,536 multiply-adds on the calling thread alone (its
     * GEMM_MULTITHREAD_THRESHOLD); larger ones take its lock and its threads. Both halves of a batch multiply at
     * once, so their products stay below that size.
     */
    static final long SINGLE_THREAD_PRODUCT = 4L * 65_536;
    /** Fewer rows than this per product and the call overhead dominates. */
    private static final int MIN_PRODUCT_ROWS = 32;

    private final ImageShape in;
    private final ImageShape out;
    private final DenseLayer kernel;
    private final int productRows;
    private float[] flipped = new float[0];

    public Conv2DLayer(int index, ImageShape in, int outChannels, double std, SplittableRandom rnd) {
        this.in = in;
        this.out = in.withChannels(outChannels);
        this.kernel = new DenseLayer("conv" + index, Im2Col.TAPS * in.channels(), outChannels, std, rnd);
        this.productRows = (int) Math.max(MIN_PRODUCT_ROWS,
                Long.getLong("workbench.convRows", SINGLE_THREAD_PRODUCT / ((long) kernel.inputs() * outChannels)));
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

    /** y[images × H × W × Cout] from x[images × H × W × Cin] (the whole batch at once; allocates its scratch). */
    public void forward(float[] x, int images, float[] y) {
        forwardImages(x, 0, images, y, new float[images * in.pixels() * fanIn()]);
    }

    /**
     * y[(count·H·W) × Cout], from offset 0, = the conv of images first .. first+count of x.
     * cols is scratch of at least count·H·W·9·Cin floats.
     */
    void forwardImages(float[] x, int first, int count, float[] y, float[] cols) {
        int rows = count * in.pixels();
        int k = kernel.inputs();
        int n = kernel.outputs();
        Im2Col.unroll(x, first, count, in, cols);
        fillRows(kernel.biasParameter().value(), y, rows);
        float[] w = kernel.weightParameter().value();
        for (int r = 0; r < rows; r += productRows) {
            int m = Math.min(productRows, rows - r);
            Blas.mult(m, n, k, cols, r * k, w, 0, 1f, y, r * n);
        }
    }

    /**
     * Refreshes the flipped kernel that {@link #backwardImages} multiplies the output gradient with: call once
     * before a backward pass (the weights change between passes).
     */
    void prepareBackward() {
        int cin = in.channels();
        int cout = out.channels();
        float[] w = kernel.weightParameter().value();
        if (flipped.length != w.length) flipped = new float[w.length];
        // flipped[(8 − t)·Cout + o][c] = w[t·Cin + c][o]: the input gradient is the output gradient's conv with it
        for (int t = 0; t < Im2Col.TAPS; t++) {
            for (int c = 0; c < cin; c++) {
                for (int o = 0; o < cout; o++) {
                    flipped[((Im2Col.TAPS - 1 - t) * cout + o) * cin + c] = w[(t * cin + c) * cout + o];
                }
            }
        }
    }

    /**
     * For images first .. first+count with dL/dy in dy (from offset 0): adds their weight gradient into dW, and
     * writes their slice of dx unless dx is null (the first layer). The bias gradient, dy's column sums, is left to
     * the caller, who has it in a cheaper form. cols is scratch of count·H·W·9·Cin floats, dyCols of count·H·W·9·Cout.
     *
     * <p>dx is the convolution of dy with the flipped kernel (same padding), i.e. dy unrolled like an image, times
     * the flipped kernel: a product written straight into dx, with no scatter-add of per-row gradients.
     */
    void backwardImages(float[] x, int first, int count, float[] dy, float[] dW, float[] dx,
                        float[] cols, float[] dyCols) {
        int rows = count * in.pixels();
        int k = kernel.inputs();
        int n = kernel.outputs();
        Im2Col.unroll(x, first, count, in, cols);
        for (int r = 0; r < rows; r += productRows) {
            Blas.multTransA(k, n, Math.min(productRows, rows - r), cols, r * k, dy, r * n, 1f, dW, 0);
        }
        if (dx == null) return;
        int cin = in.channels();
        int kOut = Im2Col.TAPS * n;
        Im2Col.unroll(dy, 0, count, out, dyCols);
        int dxOff = first * in.size();
        for (int r = 0; r < rows; r += productRows) {
            Blas.mult(Math.min(productRows, rows - r), cin, kOut, dyCols, r * kOut, flipped, 0, 0f, dx,
                    dxOff + r * cin);
        }
    }

    /** y[0 .. rows·len) = the vector v repeated: one copy, then copies of what is already there, doubling. */
    private static void fillRows(float[] v, float[] y, int rows) {
        int len = v.length;
        int total = rows * len;
        if (total == 0) return;
        System.arraycopy(v, 0, y, 0, len);
        for (int done = len; done < total; done *= 2) System.arraycopy(y, 0, y, done, Math.min(done, total - done));
    }
}
