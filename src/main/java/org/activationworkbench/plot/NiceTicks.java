package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;

/** Tick positions a reader can count in: steps of 1, 2 or 5 times a power of ten, and decades on log axes. */
public final class NiceTicks {

    private NiceTicks() {
    }

    /** The 1-2-5 step that gives about {@code target} intervals over [lo, hi]. */
    public static double step(double lo, double hi, int target) {
        double span = Math.abs(hi - lo);
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, target);
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / pow;
        double nice = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
        return nice * pow;
    }

    /**
     * Multiples of the 1-2-5 step inside [lo, hi] (within rounding), about {@code target} intervals apart;
     * at least two of them whenever the range is not degenerate.
     */
    public static double[] linear(double lo, double hi, int target) {
        double[] t = multiples(lo, hi, target);
        // a short axis can round to a step that leaves a single tick; one finer step fixes it
        for (int more = target + 1; t.length < 2 && more <= target + 4; more++) {
            t = multiples(lo, hi, more);
        }
        return t;
    }

    private static double[] multiples(double lo, double hi, int target) {
        double step = step(lo, hi, target);
        double eps = step * 1e-9;
        long first = (long) Math.ceil((lo - eps) / step);
        long last = (long) Math.floor((hi + eps) / step);
        int n = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            double v = (first + i) * step;
            t[i] = Math.abs(v) < eps ? 0 : v;  // no "-0"
        }
        return t;
    }

    /** Powers of ten inside [lo, hi] (both &gt; 0); every k-th decade when there are too many for {@code target}. */
    public static double[] decades(double lo, double hi, int target) {
        int a = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int b = (int) Math.floor(Math.log10(hi) + 1e-9);
        int every = Math.max(1, (int) Math.ceil((b - a + 1) / (double) Math.max(1, target + 1)));
        List<Double> t = new ArrayList<>();
        for (int e = a; e <= b; e++) {
            if (Math.floorMod(e, every) == 0) {
                t.add(Math.pow(10, e));
            }
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Ticks for a log axis: powers of ten when at least three fit, otherwise 1, 2 and 5 times powers of ten
     * (a loss going from 0.3 to 0.05 still gets labelled ticks).
     */
    public static double[] logarithmic(double lo, double hi, int target) {
        double[] d = decades(lo, hi, target);
        if (d.length >= 3) {
            return d;
        }
        List<Double> t = new ArrayList<>();
        for (int e = (int) Math.floor(Math.log10(lo)); e <= (int) Math.ceil(Math.log10(hi)); e++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = m * Math.pow(10, e);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    t.add(v);
                }
            }
        }
        return t.size() >= 2 ? t.stream().mapToDouble(Double::doubleValue).toArray() : linear(lo, hi, target);
    }

    /** Extends [lo, hi] outwards to the nearest 1-2-5 ticks: a range whose ends are labelled. */
    public static double[] extendToTicks(double lo, double hi, int target) {
        double step = step(lo, hi, target);
        return new double[] {Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step};
    }
}
