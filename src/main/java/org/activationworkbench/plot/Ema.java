package org.activationworkbench.plot;

/** Exponential moving average as TensorBoard does it: debiased, so the start is not pulled towards zero. */
public final class Ema {

    private Ema() {
    }

    /**
     * @param weight smoothing in [0, 1): 0 returns a copy, 0.9 smooths strongly. NaN values stay NaN and are
     *               not folded into the average.
     */
    public static double[] smooth(double[] y, double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        double[] out = new double[y.length];
        double acc = 0;
        double norm = 0;
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                out[i] = Double.NaN;
                continue;
            }
            acc = weight * acc + (1 - weight) * y[i];
            norm = weight * norm + (1 - weight);
            out[i] = acc / norm;
        }
        return out;
    }
}
