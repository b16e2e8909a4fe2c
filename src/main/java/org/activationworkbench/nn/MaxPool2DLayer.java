package org.activationworkbench.nn;

/**
 * 2×2 max pooling with stride 2 over NHWC images, per channel; an odd last row or column is dropped (floor, as
 * PyTorch's MaxPool2d). Remembers which input won each window, so backward routes the gradient to it alone.
 */
public final class MaxPool2DLayer {

    private final ImageShape in;
    private final ImageShape out;
    private int[] winner = new int[0];

    public MaxPool2DLayer(ImageShape in) {
        if (in.height() < 2 || in.width() < 2) {
            throw new IllegalArgumentException("2×2 max pooling needs images of at least 2×2, got " + in
                    + " (too many --conv blocks for this image size?)");
        }
        this.in = in;
        this.out = new ImageShape(in.height() / 2, in.width() / 2, in.channels());
    }

    public ImageShape inputShape() {
        return in;
    }

    public ImageShape outputShape() {
        return out;
    }

    void releaseWorkspace() {
        winner = new int[0];
    }

    /** Makes room for the winners of a batch of this many images. */
    void ensureCapacity(int images) {
        if (winner.length < images * out.size()) winner = new int[images * out.size()];
    }

    /**
     * Per output value of the last forward pass (images × H/2 × W/2 × C), the index of the input value that won
     * its window, counted over the whole batch's input.
     */
    int[] winners() {
        return winner;
    }

    public void forward(float[] x, int images, float[] y) {
        ensureCapacity(images);
        forwardImages(x, 0, images, y);
    }

    /**
     * Pools images first .. first+count, whose input x holds from offset 0, into their place in the batch's output
     * y; the winners are recorded as indices into the whole batch's input. Call {@link #ensureCapacity} first.
     */
    void forwardImages(float[] x, int first, int count, float[] y) {
        int c = in.channels(), w = in.width();
        int right = c;
        int below = w * c;
        int o = first * out.size();
        int shift = first * in.size();
        for (int img = 0; img < count; img++) {
            int base = img * in.size();
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++) {
                    int topLeft = base + ((2 * oy) * w + 2 * ox) * c;
                    for (int ch = 0; ch < c; ch++, o++) {
                        int a = topLeft + ch;
                        // the first maximum in row-major window order wins (ties keep the earlier value), chosen
                        // by masks rather than jumps: on fresh data every comparison is a coin toss, and
                        // mispredicted jumps made pooling as slow as the convolution
                        float v1 = x[a + right], v2 = x[a + below], v3 = x[a + below + right];
                        int bestBits = Float.floatToRawIntBits(x[a]);
                        int m = v1 > Float.intBitsToFloat(bestBits) ? -1 : 0;
                        bestBits = (bestBits & ~m) | (Float.floatToRawIntBits(v1) & m);
                        int at = right & m;
                        m = v2 > Float.intBitsToFloat(bestBits) ? -1 : 0;
                        bestBits = (bestBits & ~m) | (Float.floatToRawIntBits(v2) & m);
                        at = (at & ~m) | (below & m);
                        m = v3 > Float.intBitsToFloat(bestBits) ? -1 : 0;
                        bestBits = (bestBits & ~m) | (Float.floatToRawIntBits(v3) & m);
                        at = (at & ~m) | ((below + right) & m);
                        winner[o] = shift + a + at;
                        y[o] = Float.intBitsToFloat(bestBits);
                    }
                }
            }
        }
    }

    /** dx = 0 except at each window's winner, which receives its output's gradient. Call after forward. */
    public void backward(float[] dy, int images, float[] dx) {
        java.util.Arrays.fill(dx, 0, images * in.size(), 0f);
        int n = images * out.size();
        for (int o = 0; o < n; o++) dx[winner[o]] += dy[o];
    }
}
