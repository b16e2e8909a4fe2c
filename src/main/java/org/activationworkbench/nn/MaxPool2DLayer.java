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

    public void forward(float[] x, int images, float[] y) {
        int n = images * out.size();
        if (winner.length < n) winner = new int[n];
        int c = in.channels(), w = in.width();
        int o = 0;
        for (int img = 0; img < images; img++) {
            int base = img * in.size();
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++) {
                    int topLeft = base + ((2 * oy) * w + 2 * ox) * c;
                    for (int ch = 0; ch < c; ch++, o++) {
                        int a = topLeft + ch;
                        int best = a;
                        // first maximum wins on ties, in row-major window order
                        if (x[a + c] > x[best]) best = a + c;
                        if (x[a + w * c] > x[best]) best = a + w * c;
                        if (x[a + w * c + c] > x[best]) best = a + w * c + c;
                        winner[o] = best;
                        y[o] = x[best];
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
