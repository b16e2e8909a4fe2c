package org.activationworkbench.nn;

import java.util.Arrays;

/**
 * BatchNorm over a rows × features batch, as PyTorch's BatchNorm1d: in training each feature is normalised with
 * the batch's mean and biased variance, and the running statistics move by momentum 0.1 towards the batch's mean
 * and unbiased variance (n/(n−1)); in evaluation the running statistics normalise. They start at mean 0, variance 1.
 */
public final class BatchNormLayer extends NormLayer {

    public static final float MOMENTUM = 0.1f;

    private final float[] runningMean;
    private final float[] runningVar;
    private final float[] invStd;
    private final double[] sum;
    private final double[] sum2;
    private final float[] batchMean;
    private final float[] meanG;
    private final float[] meanGx;
    private boolean lastTraining;
    private int lastRows;

    public BatchNormLayer(String name, int features) {
        super(name, features);
        runningMean = new float[features];
        runningVar = new float[features];
        Arrays.fill(runningVar, 1f);
        invStd = new float[features];
        sum = new double[features];
        sum2 = new double[features];
        batchMean = new float[features];
        meanG = new float[features];
        meanGx = new float[features];
    }

    @Override
    public Architecture.Norm kind() {
        return Architecture.Norm.BATCH;
    }

    /** The running mean per feature (the array itself, so a restore can fill it). */
    public float[] runningMean() {
        return runningMean;
    }

    /** The running (unbiased) variance per feature (the array itself). */
    public float[] runningVar() {
        return runningVar;
    }

    @Override
    public void forward(float[] x, float[] y, int rows, boolean training) {
        ensureRows(rows);
        lastTraining = training;
        lastRows = rows;
        int f = features;
        float[] mean;
        if (training) {
            columnSums(x, rows);
            mean = batchMean;
            for (int j = 0; j < f; j++) mean[j] = (float) (sum[j] / rows);
            Arrays.fill(sum2, 0);
            for (int r = 0, o = 0; r < rows; r++, o += f) {
                for (int j = 0; j < f; j++) {
                    float d = x[o + j] - mean[j];
                    sum2[j] += d * d;
                }
            }
            for (int j = 0; j < f; j++) {
                double var = sum2[j] / rows;
                invStd[j] = (float) (1 / Math.sqrt(var + EPS));
                // a batch of one has no unbiased variance: its (zero) variance is taken as it is
                double unbiased = rows > 1 ? sum2[j] / (rows - 1) : var;
                runningMean[j] = (1 - MOMENTUM) * runningMean[j] + MOMENTUM * mean[j];
                runningVar[j] = (float) ((1 - MOMENTUM) * runningVar[j] + MOMENTUM * unbiased);
            }
        } else {
            mean = runningMean;
            for (int j = 0; j < f; j++) invStd[j] = (float) (1 / Math.sqrt(runningVar[j] + (double) EPS));
        }
        float[] g = gamma.value();
        float[] b = beta.value();
        for (int r = 0, o = 0; r < rows; r++, o += f) {
            for (int j = 0; j < f; j++) {
                float h = (x[o + j] - mean[j]) * invStd[j];
                xhat[o + j] = h;
                y[o + j] = g[j] * h + b[j];
            }
        }
    }

    private void columnSums(float[] x, int rows) {
        Arrays.fill(sum, 0);
        for (int r = 0, o = 0; r < rows; r++, o += features) {
            for (int j = 0; j < features; j++) sum[j] += x[o + j];
        }
    }

    @Override
    public void backward(float[] dy, float[] dx, int rows) {
        if (rows != lastRows) throw new IllegalStateException("backward over " + rows + " rows after a forward pass over " + lastRows);
        parameterGradients(dy, rows);
        float[] g = gamma.value();
        int f = features;
        if (!lastTraining) {
            // the running statistics are constants: an affine map per feature
            for (int r = 0, o = 0; r < rows; r++, o += f) {
                for (int j = 0; j < f; j++) dx[o + j] = dy[o + j] * g[j] * invStd[j];
            }
            return;
        }
        // dx = inv·(ĝ − mean_rows(ĝ) − x̂·mean_rows(ĝ·x̂)) per feature, ĝ = dy·γ
        Arrays.fill(sum, 0);
        Arrays.fill(sum2, 0);
        for (int r = 0, o = 0; r < rows; r++, o += f) {
            for (int j = 0; j < f; j++) {
                float gh = dy[o + j] * g[j];
                sum[j] += gh;
                sum2[j] += gh * xhat[o + j];
            }
        }
        for (int j = 0; j < f; j++) {
            meanG[j] = (float) (sum[j] / rows);
            meanGx[j] = (float) (sum2[j] / rows);
        }
        for (int r = 0, o = 0; r < rows; r++, o += f) {
            for (int j = 0; j < f; j++) {
                dx[o + j] = invStd[j] * (dy[o + j] * g[j] - meanG[j] - xhat[o + j] * meanGx[j]);
            }
        }
    }
}
