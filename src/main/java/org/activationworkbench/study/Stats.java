package org.activationworkbench.study;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Means over seeds. */
final class Stats {

    private Stats() {
    }

    /** Mean of the finite values; NaN when there is none (every run diverged). */
    static double mean(List<Double> values) {
        double s = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    static <T> double mean(List<T> items, ToDoubleFunction<T> f) {
        return mean(items.stream().map(f::applyAsDouble).toList());
    }
}
