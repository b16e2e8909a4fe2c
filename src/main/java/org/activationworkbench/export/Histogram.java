package org.activationworkbench.export;

/**
 * Where a layer's pre-activations fell: equal-width bins over [lo, hi], shaded behind the curve.
 *
 * @param counts       one count per bin (any scale: only the shape is drawn)
 * @param outsideShare fraction (0..1) of inputs outside [lo, hi]; above 10 % the panel warns
 */
public record Histogram(double lo, double hi, double[] counts, double outsideShare) {

    public Histogram {
        if (!(hi > lo)) {
            throw new IllegalArgumentException("histogram needs lo < hi, got [" + lo + ", " + hi + "]");
        }
        counts = counts.clone();
    }
}
