package org.activationworkbench.symbolic;

/**
 * What one activation is fitted on: sample points x over the range its inputs visited, its values y there, and
 * the weight of each point (how often inputs fell near it; 0 inside a gap of the data). Finite, non-negative
 * weights with a positive sum; y must be finite (a reading of a diverged activation has nothing to fit).
 */
public record FitData(double[] x, double[] y, double[] w) {

    public FitData {
        if (x.length != y.length || x.length != w.length || x.length < 2) {
            throw new IllegalArgumentException("fit data needs at least two points and as many x, y and weights");
        }
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !(w[i] >= 0) || !Double.isFinite(w[i])) {
                throw new IllegalArgumentException("fit data: x and weights must be finite and weights ≥ 0 (point " + i + ")");
            }
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("the activation is not finite at x = " + x[i]
                        + " (a diverged run has no closed form)");
            }
            total += w[i];
        }
        if (!(total > 0)) throw new IllegalArgumentException("fit data: the weights sum to zero");
        x = x.clone();
        y = y.clone();
        w = w.clone();
    }

    public int size() {
        return x.length;
    }

    /** Weighted R² and the largest error over the points of positive weight, of a formula on this data. */
    Quality quality(Formula f) {
        double sw = 0;
        for (double v : w) sw += v;
        double mean = weightedMean(y, w, sw);
        // sums of squares taken relative to the largest deviation, so values near the double range do not overflow
        double scale = 0;
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            e[i] = y[i] - f.evaluate(x[i]);
            if (!Double.isFinite(e[i])) return null;
            scale = Math.max(scale, Math.max(Math.abs(y[i] - mean), Math.abs(e[i])));
        }
        if (scale == 0) return new Quality(1, 0);
        double total = 0, residual = 0, max = 0;
        for (int i = 0; i < x.length; i++) {
            double dev = (y[i] - mean) / scale, err = e[i] / scale;
            total += w[i] * dev * dev;
            residual += w[i] * err * err;
            if (w[i] > 0) max = Math.max(max, Math.abs(e[i]));
        }
        // a constant activation has no variance to explain: exact or not at all, relative to its size
        double tiny = 1e-24 * sw * Math.max(1, (mean / scale) * (mean / scale));
        double r2 = total > tiny ? 1 - residual / total : residual <= tiny ? 1 : 0;
        return new Quality(r2, max);
    }

    /** Σ w·y / Σ w with the weights divided first, so that partial sums stay within the values' own size. */
    static double weightedMean(double[] y, double[] w, double sw) {
        double m = 0;
        for (int i = 0; i < y.length; i++) m += w[i] / sw * y[i];
        return m;
    }

    record Quality(double r2, double maxError) { }
}
