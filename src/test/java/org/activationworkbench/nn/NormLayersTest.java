package org.activationworkbench.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** LayerNorm and BatchNorm against their formulas in double precision, BatchNorm's running statistics as PyTorch's. */
class NormLayersTest {

    private static float[] random(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (3 * rnd.nextDouble() - 1 + i % 3);
        return x;
    }

    private static void setAffine(NormLayer n) {
        for (int j = 0; j < n.features(); j++) {
            n.gammaParameter().value()[j] = 0.5f + j;
            n.betaParameter().value()[j] = 0.25f * j - 0.3f;
        }
    }

    @Test
    void layerNormNormalisesEachRowWithTheBiasedVariance() {
        int rows = 3;
        int f = 5;
        LayerNormLayer ln = new LayerNormLayer("ln", f);
        setAffine(ln);
        float[] x = random(rows * f, 1);
        float[] y = new float[x.length];
        ln.forward(x, y, rows, true);
        for (int r = 0; r < rows; r++) {
            double mean = 0;
            for (int j = 0; j < f; j++) mean += x[r * f + j];
            mean /= f;
            double var = 0;
            for (int j = 0; j < f; j++) var += Math.pow(x[r * f + j] - mean, 2);
            var /= f;
            for (int j = 0; j < f; j++) {
                double want = (x[r * f + j] - mean) / Math.sqrt(var + 1e-5) * (0.5 + j) + 0.25 * j - 0.3;
                assertEquals(want, y[r * f + j], 1e-5, "row " + r + " feature " + j);
            }
        }
    }

    @Test
    void batchNormUsesTheBatchInTrainingAndMovesTheRunningStatisticsAsPyTorch() {
        int rows = 4;
        int f = 3;
        BatchNormLayer bn = new BatchNormLayer("bn", f);
        setAffine(bn);
        float[] x1 = random(rows * f, 2);
        float[] x2 = random(rows * f, 3);
        float[] y = new float[x1.length];
        double[] runMean = {0, 0, 0};
        double[] runVar = {1, 1, 1};
        for (float[] x : new float[][] {x1, x2}) {
            bn.forward(x, y, rows, true);
            for (int j = 0; j < f; j++) {
                double mean = 0;
                for (int r = 0; r < rows; r++) mean += x[r * f + j];
                mean /= rows;
                double ss = 0;
                for (int r = 0; r < rows; r++) ss += Math.pow(x[r * f + j] - mean, 2);
                for (int r = 0; r < rows; r++) {
                    double want = (x[r * f + j] - mean) / Math.sqrt(ss / rows + 1e-5) * (0.5 + j) + 0.25 * j - 0.3;
                    assertEquals(want, y[r * f + j], 1e-5, "training, row " + r + " feature " + j);
                }
                runMean[j] = 0.9 * runMean[j] + 0.1 * mean;
                runVar[j] = 0.9 * runVar[j] + 0.1 * ss / (rows - 1);
                assertEquals(runMean[j], bn.runningMean()[j], 1e-6, "running mean " + j);
                assertEquals(runVar[j], bn.runningVar()[j], 1e-6, "running variance " + j);
            }
        }
        // evaluation: the running statistics normalise, and nothing moves
        bn.forward(x1, y, rows, false);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < f; j++) {
                double want = (x1[r * f + j] - runMean[j]) / Math.sqrt(runVar[j] + 1e-5) * (0.5 + j) + 0.25 * j - 0.3;
                assertEquals(want, y[r * f + j], 1e-5, "evaluation, row " + r + " feature " + j);
            }
        }
        assertEquals(runMean[0], bn.runningMean()[0], 1e-6);
    }

    @Test
    void noNormIsNoLayer() {
        assertNull(NormLayer.create(Architecture.Norm.NONE, "n", 3));
    }
}
