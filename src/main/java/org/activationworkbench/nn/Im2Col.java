package org.activationworkbench.nn;

import java.util.Arrays;

/**
 * Unrolls 3×3 neighbourhoods (stride 1, zero "same" padding) of NHWC images into rows, so that a 3×3 convolution
 * becomes one matrix product: row (n, y, x) holds the 9 neighbours in (ky, kx) order, each with all C channels,
 * i.e. 9·C columns. The backward pass unrolls the output gradient the same way (see {@link Conv2DLayer}).
 *
 * <p>It works on a range of images at a time (the rows of image {@code first} start at row 0), so a conv block can
 * unroll a few images, multiply and move on while the rows are still in cache. The three taps of one kernel row are
 * neighbouring pixels, so they are one run of 3·C floats in the image as in the row, copied at once.
 */
final class Im2Col {

    static final int K = 3;
    static final int TAPS = K * K;
    /** Runs shorter than this are copied by a loop: a library call costs more than it saves for a few floats. */
    private static final int SHORT_RUN = 16;

    private Im2Col() {
    }

    /** cols[(i·H·W + y·W + x) × 9C] from images first+i of img[n × H × W × C], for i in 0..count. */
    static void unroll(float[] img, int first, int count, ImageShape s, float[] cols) {
        if (s.channels() == 1) {
            unrollSingleChannel(img, first, count, s, cols);
            return;
        }
        int h = s.height(), w = s.width(), c = s.channels();
        int run = K * c;
        int dst = 0;
        for (int n = first; n < first + count; n++) {
            int base = n * h * w;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    // kernel columns [lo, hi) fall inside the image; the rest read the zero padding
                    int lo = x == 0 ? 1 : 0;
                    int hi = x == w - 1 ? K - 1 : K;
                    for (int ky = 0; ky < K; ky++, dst += run) {
                        int iy = y + ky - 1;
                        if (iy < 0 || iy >= h) {
                            Arrays.fill(cols, dst, dst + run, 0f);
                            continue;
                        }
                        if (lo > 0) Arrays.fill(cols, dst, dst + lo * c, 0f);
                        copy(img, (base + iy * w + x - 1 + lo) * c, cols, dst + lo * c, (hi - lo) * c);
                        if (hi < K) Arrays.fill(cols, dst + hi * c, dst + run, 0f);
                    }
                }
            }
        }
    }

    /** The same for one channel (a first conv layer on grey images): nine single values per row, set directly. */
    private static void unrollSingleChannel(float[] img, int first, int count, ImageShape s, float[] cols) {
        int h = s.height(), w = s.width();
        int dst = 0;
        for (int n = first; n < first + count; n++) {
            int base = n * h * w;
            for (int y = 0; y < h; y++, dst += w * TAPS) {
                for (int ky = 0; ky < K; ky++) {
                    int iy = y + ky - 1;
                    int d = dst + ky * K;
                    if (iy < 0 || iy >= h) {
                        for (int x = 0; x < w; x++, d += TAPS) {
                            cols[d] = 0f;
                            cols[d + 1] = 0f;
                            cols[d + 2] = 0f;
                        }
                        continue;
                    }
                    int src = base + iy * w;
                    for (int x = 0; x < w; x++, d += TAPS) {
                        cols[d] = x > 0 ? img[src + x - 1] : 0f;
                        cols[d + 1] = img[src + x];
                        cols[d + 2] = x < w - 1 ? img[src + x + 1] : 0f;
                    }
                }
            }
        }
    }

    private static void copy(float[] src, int from, float[] dst, int to, int len) {
        if (len < SHORT_RUN) {
            for (int j = 0; j < len; j++) dst[to + j] = src[from + j];
        } else {
            System.arraycopy(src, from, dst, to, len);
        }
    }
}
