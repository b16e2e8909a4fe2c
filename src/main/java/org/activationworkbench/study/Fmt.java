package org.activationworkbench.study;

import java.util.Locale;
import org.activationworkbench.stats.Difference;
import org.activationworkbench.stats.Summary;

/** Number formatting for reports and CSV (always the root locale: a decimal point, never a comma). */
final class Fmt {

    private Fmt() {
    }

    /** A fraction as a percentage with one decimal ("93.4 %"); "diverged" for NaN. */
    static String pct(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction) : "diverged";
    }

    /** Four significant digits, or "diverged" for NaN. */
    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "diverged";
    }

    static String secs(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }

    /** Round-trip precision for CSV cells; empty for NaN. */
    static String csv(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.7g", v);
    }

    /** "85.3 ± 0.6": mean ± sd of the values times scale, with the given decimals; the mean alone for one seed. */
    static String pm(Summary s, double scale, int decimals) {
        if (s.n() == 0) return "—";
        String f = "%." + decimals + "f";
        String mean = String.format(Locale.ROOT, f, s.mean() * scale);
        return s.n() == 1 ? mean : mean + " ± " + String.format(Locale.ROOT, f, s.sd() * Math.abs(scale));
    }

    /** A fraction's summary in percent: "85.3 ± 0.6". */
    static String pctPm(Summary s) {
        return pm(s, 100, 1);
    }

    /** "4.339e-03 ± 2.1e-04": four significant digits for the mean, two for the sd (errors of any scale). */
    static String numPm(Summary s) {
        if (s.n() == 0) return "—";
        String mean = String.format(Locale.ROOT, "%.4g", s.mean());
        return s.n() == 1 ? mean : mean + " ± " + String.format(Locale.ROOT, "%.2g", s.sd());
    }

    /** "+2.1 [−0.4, +4.6]": a difference and its 95 % interval, times scale. "n/a" without spread. */
    static String diff(Difference d, double scale, int decimals) {
        String f = "%+." + decimals + "f";
        String est = String.format(Locale.ROOT, f, d.estimate() * scale);
        if (Double.isNaN(d.ciHalfWidth())) return est + " [no spread: one seed]";
        return est + " [" + String.format(Locale.ROOT, f, d.ciLow() * scale) + ", "
                + String.format(Locale.ROOT, f, d.ciHigh() * scale) + "]";
    }

    /** "[84.5, 86.1]": the 95 % interval of a mean, times scale. */
    static String interval(Summary s, double scale, int decimals) {
        if (s.n() < 2) return "—";
        String f = "%." + decimals + "f";
        return "[" + String.format(Locale.ROOT, f, s.ciLow() * scale) + ", " + String.format(Locale.ROOT, f, s.ciHigh() * scale) + "]";
    }
}
