package org.activationworkbench.nn;

/**
 * Unrolls 3×3 neighbourhoods (stride 1, zero "same" padding) of NHWC images into rows, so that a 3×3 convolution
 * becomes one matrix product: row (n, y, x) holds the 9 neighbours in (ky, kx) order, each with all C channels,
 * i.e. 9·C columns. {@link #accumulate} is the adjoint: it adds such rows back onto the image gradient.
 */
final class Im2Col {

    static final int K = 3;
    static final int TAPS = K * K;

    private Im2Col() {
    }

    /** cols[(n·H·W + y·W + x) × 9C] from x[n × H × W × C], for n in 0..images. */
    static void unroll(float[] img, int images, ImageShape s, float[] cols) {
        int h = s.height(), w = s.width(), c = s.channels();
        int row = 0;
        for (int n = 0; n < images; n++) {
            int base = n * h * w;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++, row += TAPS * c) {
                    int dst = row;
                    for (int ky = 0; ky < K; ky++) {
                        int iy = y + ky - 1;
                        for (int kx = 0; kx < K; kx++, dst += c) {
                            int ix = x + kx - 1;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                                java.util.Arrays.fill(cols, dst, dst + c, 0f);
                            } else {
                                System.arraycopy(img, (base + iy * w + ix) * c, cols, dst, c);
                            }
                        }
                    }
                }
            }
        }
    }

    /** dImg = Σ over the rows that read each pixel of their column gradients (dImg is overwritten). */
    static void accumulate(float[] dCols, int images, ImageShape s, float[] dImg) {
        int h = s.height(), w = s.width(), c = s.channels();
        java.util.Arrays.fill(dImg, 0, images * s.size(), 0f);
        int row = 0;
        for (int n = 0; n < images; n++) {
            int base = n * h * w;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++, row += TAPS * c) {
                    int src = row;
                    for (int ky = 0; ky < K; ky++) {
                        int iy = y + ky - 1;
                        for (int kx = 0; kx < K; kx++, src += c) {
                            int ix = x + kx - 1;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                            int d = (base + iy * w + ix) * c;
                            for (int ch = 0; ch < c; ch++) dImg[d + ch] += dCols[src + ch];
                        }
                    }
                }
            }
        }
    }
}
