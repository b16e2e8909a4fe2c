package org.activationworkbench.study;

import java.util.Locale;

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
}
