package org.activationworkbench.nn;

import java.util.Arrays;

/**
 * The working memory of one half of a batch in a conv block: a tile of a few images' unrolled rows, conv outputs,
 * activations and gradients (small enough to stay in cache), and that half's partial parameter gradients.
 */
final class ConvScratch {

    final float[] cols;   // unrolled rows of the tile (rows × 9·Cin)
    final float[] dyCols; // the tile's output gradient unrolled the same way (rows × 9·Cout)
    final float[] pre;    // conv output of the tile (rows × Cout)
    final float[] post;   // its activation
    final float[] grad;   // dL/d(conv output) of the tile
    final float[] zw;     // pre-activations of the tile's pooling winners
    final float[] dyw;    // dL/d(pooled output) of the tile
    final float[] dzw;    // dL/d(winner pre-activations)
    final float[] dW;
    final float[] db;
    double[] dActivation = new double[0];

    ConvScratch(int tileRows, int fanIn, int channels, int pooledPerTile) {
        cols = new float[tileRows * fanIn];
        dyCols = new float[tileRows * Im2Col.TAPS * channels];
        pre = new float[tileRows * channels];
        post = new float[tileRows * channels];
        grad = new float[tileRows * channels];
        dyw = new float[pooledPerTile];
        zw = new float[pooledPerTile];
        dzw = new float[pooledPerTile];
        dW = new float[fanIn * channels];
        db = new float[channels];
    }

    /** Zeroes the partial gradients before a backward pass; the activation's may have changed size (grid-refine). */
    void clearGradients(int activationParameters) {
        Arrays.fill(dW, 0f);
        Arrays.fill(db, 0f);
        if (dActivation.length != activationParameters) {
            dActivation = new double[activationParameters];
        } else {
            Arrays.fill(dActivation, 0);
        }
    }
}
