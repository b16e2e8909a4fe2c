package org.activationworkbench.stats;

/**
 * The difference of two arms' means, a − b, with its 95 % interval by Welch's t (unequal variances, Welch–
 * Satterthwaite degrees of freedom). The arms are treated as independent samples even when they share seeds: a
 * seed fixes different networks in different arms, so pairing would claim a correlation nobody measured, and
 * the unpaired interval is the more cautious of the two.
 *
 * @param estimate mean(a) − mean(b)
 * @param se       √(sd_a²/n_a + sd_b²/n_b)
 * @param df       Welch's degrees of freedom (infinite when both arms have no spread)
 */
public record Difference(double estimate, double se, double df) {

    /** NaN interval when either arm has fewer than two values (its spread is unknown). */
    public static Difference of(Summary a, Summary b) {
        double d = a.mean() - b.mean();
        if (a.n() < 2 || b.n() < 2) return new Difference(d, Double.NaN, Double.NaN);
        double va = a.sd() * a.sd() / a.n(), vb = b.sd() * b.sd() / b.n();
        double se = Math.sqrt(va + vb);
        if (se == 0) return new Difference(d, 0, Double.POSITIVE_INFINITY);
        double df = (va + vb) * (va + vb) / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        return new Difference(d, se, Math.max(1, df));
    }

    public double ciHalfWidth() {
        if (Double.isNaN(se)) return Double.NaN;
        return se == 0 ? 0 : StudentT.quantile975(df) * se;
    }

    public double ciLow() {
        return estimate - ciHalfWidth();
    }

    public double ciHigh() {
        return estimate + ciHalfWidth();
    }

    /** True when the 95 % interval contains x (or is unknown): the data cannot tell the difference from x. */
    public boolean intervalContains(double x) {
        double h = ciHalfWidth();
        return Double.isNaN(h) || (ciLow() <= x && x <= ciHigh());
    }
}
