package org.activationworkbench.train;

/** Mean over every output element of (prediction − target)², as PyTorch's MSELoss. */
public final class MeanSquaredError implements Loss {

    @Override
    public double evaluate(float[] out, int rows, int outputs, int[] labels, float[] targets, float[] dOut) {
        int n = rows * outputs;
        double total = 0;
        float scale = 2f / n;
        for (int i = 0; i < n; i++) {
            float d = out[i] - targets[i];
            total += (double) d * d;
            if (dOut != null) dOut[i] = scale * d;
        }
        return total / n;
    }
}
