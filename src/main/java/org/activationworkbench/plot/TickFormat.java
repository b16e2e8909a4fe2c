package org.activationworkbench.plot;

import java.util.Locale;

/** Short tick labels: only the decimals the step needs, a true minus sign, exponents when numbers get long. */
public final class TickFormat {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private TickFormat() {
    }

    /** Label for {@code v} on a linear axis whose ticks are {@code step} apart. */
    public static String linear(double v, double step) {
        if (v == 0) {
            return "0";
        }
        double mag = Math.max(Math.abs(v), step);
        if (mag >= 1e5 || step < 1e-4) {
            return minus(compactExponent(v, step));
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return minus(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    /** Label for a power of ten on a log axis: 0.01, 0.1, 1, 10, 100 stay plain; others as 10⁻⁵. */
    public static String decade(double v) {
        int e = (int) Math.round(Math.log10(v));
        if (e >= -2 && e <= 3) {
            return linear(v, Math.pow(10, Math.min(0, e)));
        }
        StringBuilder b = new StringBuilder("10");
        String digits = Integer.toString(Math.abs(e));
        if (e < 0) {
            b.append('⁻');
        }
        for (char c : digits.toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** Any number in a short readable form with about {@code digits} significant digits (for α, β, notes). */
    public static String number(double v, int digits) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            return minus(String.format(Locale.ROOT, "%." + Math.max(0, digits - 1) + "e", v)
                    .replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2"));
        }
        int intDigits = a < 1 ? 1 : (int) Math.floor(Math.log10(a)) + 1;
        int decimals = Math.max(0, digits - intDigits);
        return minus(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    private static String compactExponent(double v, double step) {
        int stepExp = (int) Math.floor(Math.log10(step) + 1e-9);
        int exp = (int) Math.floor(Math.log10(Math.abs(v)) + 1e-9);
        int digits = Math.max(0, exp - stepExp);
        String s = String.format(Locale.ROOT, "%." + digits + "e", v);
        return s.replaceFirst("e\\+?(-?)0*(\\d)", "e$1$2");
    }

    /** Typographic minus (U+2212) instead of a hyphen. */
    private static String minus(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
