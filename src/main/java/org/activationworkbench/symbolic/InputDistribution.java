package org.activationworkbench.symbolic;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.activationworkbench.experiment.Histogram;

/**
 * Where one activation's inputs fell: a range [lo, hi] that the data visited and how often each of its equal bins
 * was hit. A fit samples the activation only inside this range and weights each point by its bin's share, so a
 * reading never rests on inputs the network never produced.
 *
 * @param lo           lower end of the visited range
 * @param hi           upper end (&gt; lo)
 * @param counts       how many inputs fell in each equal bin of [lo, hi]
 * @param outsideShare share of the inputs left outside [lo, hi] (clipped tails, or beyond a histogram's range)
 * @param source       where these inputs come from, for people ("training data, 4096 rows")
 */
public record InputDistribution(double lo, double hi, double[] counts, double outsideShare, String source) {

    /** Bins of a distribution built from raw values. */
    public static final int BINS = 64;
    /** Share of raw values cut from each tail, so one stray input does not stretch the range. */
    public static final double TAIL = 0.001;

    public InputDistribution {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("an input range needs finite lo < hi, got [" + lo + ", " + hi + "]");
        }
        counts = counts.clone();
        if (counts.length == 0 || Arrays.stream(counts).sum() <= 0) {
            throw new IllegalArgumentException("an input distribution needs at least one input inside its range");
        }
    }

    /**
     * The part of a recorded histogram the data visited: from the first to the last bin with any count. Null when
     * no input fell inside the histogram's range.
     */
    public static InputDistribution of(Histogram h, String source) {
        double[] c = h.counts();
        int first = 0, last = c.length - 1;
        while (first < c.length && !(c[first] > 0)) first++;
        while (last >= 0 && !(c[last] > 0)) last--;
        if (first > last) return null;
        double width = (h.hi() - h.lo()) / c.length;
        return new InputDistribution(h.lo() + first * width, h.lo() + (last + 1) * width,
                Arrays.copyOfRange(c, first, last + 1), h.outsideShare(), source);
    }

    /**
     * The distribution of the values v[offset], v[offset + stride], … below count (non-finite ones ignored),
     * over their central range with {@link #TAIL} cut from each end. Null when there is no finite value. Inputs
     * that are all equal get a range a millionth wide around them.
     */
    public static InputDistribution of(float[] v, int count, int offset, int stride, String source) {
        int n = 0;
        double[] values = new double[Math.max(0, (count - offset + stride - 1) / stride)];
        for (int k = offset; k < count; k += stride) {
            if (Float.isFinite(v[k])) values[n++] = v[k];
        }
        if (n == 0) return null;
        Arrays.sort(values, 0, n);
        int cut = (int) Math.floor(TAIL * n);
        double lo = values[cut];
        double hi = values[n - 1 - cut];
        if (!(hi > lo)) {
            double half = Math.max(1e-6, 1e-6 * Math.abs(lo));
            lo -= half;
            hi += half;
        }
        double[] counts = new double[BINS];
        int outside = 0;
        double scale = BINS / (hi - lo);
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (x < lo || x > hi) {
                outside++;
                continue;
            }
            counts[Math.min(BINS - 1, (int) ((x - lo) * scale))]++;
        }
        return new InputDistribution(lo, hi, counts, outside / (double) n, source);
    }

    /** The activation f sampled at {@link SymbolicFitter#POINTS} even points over [lo, hi], each weighted by its bin. */
    public FitData sample(DoubleUnaryOperator f) {
        int points = SymbolicFitter.POINTS;
        double[] x = new double[points], y = new double[points], w = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = lo + (hi - lo) * i / (points - 1);
            y[i] = f.applyAsDouble(x[i]);
            w[i] = counts[Math.min(counts.length - 1, (int) ((x[i] - lo) / (hi - lo) * counts.length))];
        }
        return new FitData(x, y, w);
    }
}
