package org.activationworkbench.activation;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for display names and formula strings. */
final class Formats {

    private Formats() {
    }

    /** Three significant digits, e.g. 1.00, 0.250, -3.00, 1.23e+04; never "-0.00". */
    static String sig3(double v) {
        return String.format(Locale.ROOT, "%.3g", v + 0.0);
    }

    /** " + 0.250" or " − 0.250": v added to what precedes it, with a readable sign. */
    static String plus(double v) {
        return (isNegative(v) ? " − " : " + ") + sig3(Math.abs(v));
    }

    /** " − 0.250" or " + 0.250": v subtracted from what precedes it, with a readable sign. */
    static String minus(double v) {
        return (isNegative(v) ? " + " : " − ") + sig3(Math.abs(v));
    }

    /** Negative as displayed: values that round to 0.00 count as zero. */
    private static boolean isNegative(double v) {
        return Double.parseDouble(sig3(v)) < 0;
    }

    /** The shortest plain spelling of an option value: 3, -3, 0.5 (as typed on a command line). */
    static String compact(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
