package org.activationworkbench.stats;

/**
 * The two-sided 95 % quantile of Student's t distribution, t(0.975; df): how many standard errors wide a 95 %
 * interval of a mean over few seeds is. Computed, not looked up, because Welch's degrees of freedom are real
 * numbers (between 1 and 2 a table interpolated in df is off by up to 18 %): the upper tail
 * P(T > t) = ½·I_{df/(df+t²)}(df/2, ½) by the regularised incomplete beta function (continued fraction), and
 * the quantile by bisection on it. The tests hold it to the printed table for df 1–30 and to the normal beyond.
 */
public final class StudentT {

    /** The standard normal's 97.5 % quantile: t's limit for infinite df. */
    public static final double Z975 = 1.959963984540054;

    private StudentT() {
    }

    /** t(0.975; df) for real df ≥ 1; infinite df gives the normal quantile. */
    public static double quantile975(double df) {
        if (!(df >= 1)) throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
        if (Double.isInfinite(df)) return Z975;
        double lo = Z975, hi = 13;   // t(0.975) falls from 12.706 (df 1) towards 1.960
        for (int i = 0; i < 80; i++) {
            double mid = 0.5 * (lo + hi);
            if (upperTail(mid, df) > 0.025) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** P(T > t) for t ≥ 0. */
    static double upperTail(double t, double df) {
        return 0.5 * regularisedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** I_x(a, b), by the continued fraction on whichever side converges fast (Numerical Recipes §6.4). */
    static double regularisedBeta(double x, double a, double b) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) return front * continuedFraction(x, a, b) / a;
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /** Lentz's evaluation of the incomplete beta's continued fraction. */
    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + num * d);
            c = nonZero(1 + num / c);
            h *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + num * d);
            c = nonZero(1 + num / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) break;
        }
        return h;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < 1e-300 ? 1e-300 : v;
    }

    /** log Γ(x) for x > 0 (Lanczos, g = 7, nine terms: about 15 digits). */
    static double logGamma(double x) {
        final double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        x -= 1;
        double s = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) s += g[i] / (x + i);
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
    }
}
