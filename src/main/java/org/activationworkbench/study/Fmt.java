package org.activationworkbench.study;

import java.util.Locale;
import org.activationworkbench.stats.Difference;
import org.activationworkbench.stats.Summary;
import org.activationworkbench.stats.SummaryFormat;

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

    /** "85.3 ± 0.6": see {@link SummaryFormat#pm}. */
    static String pm(Summary s, double scale, int decimals) {
        return SummaryFormat.pm(s, scale, decimals);
    }

    /** A fraction's summary in percent: "85.3 ± 0.6". */
    static String pctPm(Summary s) {
        return SummaryFormat.pm(s, 100, 1);
    }

    /** "4.339e-03 ± 2.1e-04" for errors of any scale. */
    static String numPm(Summary s) {
        return SummaryFormat.pmSignificant(s);
    }

    static String diff(Difference d, double scale, int decimals) {
        return SummaryFormat.difference(d, scale, decimals);
    }

    static String interval(Summary s, double scale, int decimals) {
        return SummaryFormat.interval(s, scale, decimals);
    }
}
