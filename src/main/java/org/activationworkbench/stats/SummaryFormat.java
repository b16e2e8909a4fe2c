package org.activationworkbench.stats;

import java.util.Locale;

/** How summaries read in reports, tables and the window: "85.3 ± 0.6", "[84.5, 86.1]", "+2.1 [−0.4, +4.6]". */
public final class SummaryFormat {

    private SummaryFormat() {
    }

    /** Mean ± sd of the values times scale, with the given decimals; the mean alone for one value; "—" for none. */
    public static String pm(Summary s, double scale, int decimals) {
        if (s.n() == 0) return "—";
        String f = "%." + decimals + "f";
        String mean = String.format(Locale.ROOT, f, s.mean() * scale);
        return s.n() == 1 ? mean : mean + " ± " + String.format(Locale.ROOT, f, s.sd() * Math.abs(scale));
    }

    /** Mean ± sd with significant digits (four for the mean, two for the sd): for numbers of any scale. */
    public static String pmSignificant(Summary s) {
        if (s.n() == 0) return "—";
        String mean = String.format(Locale.ROOT, "%.4g", s.mean());
        return s.n() == 1 ? mean : mean + " ± " + String.format(Locale.ROOT, "%.2g", s.sd());
    }

    /** The 95 % interval of the mean times scale; "—" below two values. */
    public static String interval(Summary s, double scale, int decimals) {
        if (s.n() < 2) return "—";
        String f = "%." + decimals + "f";
        return "[" + String.format(Locale.ROOT, f, s.ciLow() * scale) + ", "
                + String.format(Locale.ROOT, f, s.ciHigh() * scale) + "]";
    }

    /** A difference and its 95 % interval with three significant digits (errors of any scale). */
    public static String differenceSignificant(Difference d) {
        String est = String.format(Locale.ROOT, "%+.3g", d.estimate());
        if (Double.isNaN(d.ciHalfWidth())) return est + " [no spread: one seed]";
        return est + " [" + String.format(Locale.ROOT, "%+.3g", d.ciLow()) + ", "
                + String.format(Locale.ROOT, "%+.3g", d.ciHigh()) + "]";
    }

    /** A difference and its 95 % interval, times scale, signed. */
    public static String difference(Difference d, double scale, int decimals) {
        String f = "%+." + decimals + "f";
        String est = String.format(Locale.ROOT, f, d.estimate() * scale);
        if (Double.isNaN(d.ciHalfWidth())) return est + " [no spread: one seed]";
        return est + " [" + String.format(Locale.ROOT, f, d.ciLow() * scale) + ", "
                + String.format(Locale.ROOT, f, d.ciHigh() * scale) + "]";
    }
}
