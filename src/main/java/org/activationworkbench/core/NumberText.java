package org.activationworkbench.core;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How numbers are spelled in options, display names, CSV cells and messages: always with a decimal point (the root
 * locale), never "-0". Plot ticks and formulas have their own rules (plot.TickFormat, activation.FormulaText).
 */
public final class NumberText {

    private NumberText() {
    }

    /** The shortest plain spelling, as typed on a command line: 3, -3, 0.5, 1.0E-4 → 0.0001. */
    public static String compact(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return new BigDecimal(Double.toString(v + 0.0)).stripTrailingZeros().toPlainString();
    }

    /** Three significant digits, e.g. 1.00, 0.250, -3.00, 1.23e+04; never "-0.00". */
    public static String sig3(double v) {
        return String.format(Locale.ROOT, "%.3g", v + 0.0);
    }

    /** " + 0.250" or " − 0.250": v added to what precedes it, with a readable sign. */
    public static String plus(double v) {
        return (roundsNegative(v) ? " − " : " + ") + sig3(Math.abs(v));
    }

    /** " − 0.250" or " + 0.250": v subtracted from what precedes it, with a readable sign. */
    public static String minus(double v) {
        return (roundsNegative(v) ? " + " : " − ") + sig3(Math.abs(v));
    }

    /** Negative as displayed: values that round to 0.00 count as zero. */
    private static boolean roundsNegative(double v) {
        return Double.parseDouble(sig3(v)) < 0;
    }

    /** Nine significant digits: enough for a float to read back exactly (`curve`'s output). */
    public static String roundTrip(double v) {
        return String.format(Locale.ROOT, "%.9g", v);
    }

    /** A CSV cell: whole numbers as integers, others as the shortest float text; empty for NaN (not measured). */
    public static String cell(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Float.toString((float) v);
    }

    /** A learning rate or similar setting as a person types it: 0.01, 3e-05 → 0.00003, 1. */
    public static String setting(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
