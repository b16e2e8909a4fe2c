package org.activationworkbench.train;

/** Softmax over the logits followed by the negative log-likelihood of the label, computed stably. */
public final class SoftmaxCrossEntropy implements Loss {

    @Override
    public double evaluate(float[] out, int rows, int outputs, int[] labels, float[] targets, float[] dOut) {
        double total = 0;
        float inv = 1f / rows;
        for (int r = 0; r < rows; r++) {
            int o = r * outputs;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < outputs; j++) max = Math.max(max, out[o + j]);
            double sum = 0;
            for (int j = 0; j < outputs; j++) sum += Math.exp(out[o + j] - max);
            double logSum = Math.log(sum);
            int y = labels[r];
            total += logSum - (out[o + y] - max);
            if (dOut != null) {
                for (int j = 0; j < outputs; j++) {
                    double pj = Math.exp(out[o + j] - max - logSum);
                    float g = (float) ((pj - (j == y ? 1 : 0)) * inv);
                    // a confident network gives probabilities like 1e-40: as float32 they are subnormal, and every
                    // product with them in the backward pass's BLAS calls is many times slower (measured: a hermite
                    // run lost a quarter of its speed over its first 10,000 steps). Such gradients are 0 to float
                    // precision anyway.
                    dOut[o + j] = Math.abs(g) < Float.MIN_NORMAL ? 0f : g;
                }
            }
        }
        return total / rows;
    }

    @Override
    public int countCorrect(float[] out, int rows, int outputs, int[] labels) {
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * outputs;
            int best = 0;
            for (int j = 1; j < outputs; j++) {
                if (out[o + j] > out[o + best]) best = j;
            }
            if (best == labels[r]) correct++;
        }
        return correct;
    }
}
