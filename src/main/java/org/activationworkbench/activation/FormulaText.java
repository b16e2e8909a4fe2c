package org.activationworkbench.activation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number and exponent formatting for the closed-form formulas shown next to a curve. */
final class FormulaText {

    static final String MINUS = "\u2212";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private FormulaText() {
    }

    /** v at 3 significant digits: 1 → "1.00", 0 → "0.000", 0.0123 → "0.0123", 3.3e-6 → "3.30e-6". */
    static String number(double v) {
        if (v == 0) return "0.000";
        if (!Double.isFinite(v)) return String.valueOf(v);
        double r = new BigDecimal(v).round(new MathContext(3)).doubleValue();
        int exp = (int) Math.floor(Math.log10(Math.abs(r)));
        if (exp < -3 || exp >= 6) {
            String m = String.format(Locale.ROOT, "%.2f", r / Math.pow(10, exp));
            return m + "e" + exp;
        }
        return String.format(Locale.ROOT, "%." + Math.max(0, 2 - exp) + "f", r);
    }

    /** "c·basis" terms joined with + / − signs; an empty basis means a constant term. */
    static String sum(double[] coefficients, String[] bases) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < coefficients.length; k++) {
            double c = coefficients[k];
            boolean negative = c < 0 || (c == 0 && 1 / c < 0);
            if (k == 0) {
                if (negative) s.append(MINUS);
            } else {
                s.append(negative ? " " + MINUS + " " : " + ");
            }
            s.append(number(Math.abs(c)));
            if (!bases[k].isEmpty()) s.append('·').append(bases[k]);
        }
        return s.toString();
    }

    /** "x", "x²", ..., or "" for k = 0, with the given variable name. */
    static String power(String variable, int k) {
        if (k == 0) return "";
        return k == 1 ? variable : variable + digits(k, SUPERSCRIPTS);
    }

    static String subscript(int k) {
        return digits(k, SUBSCRIPTS);
    }

    private static String digits(int k, String glyphs) {
        StringBuilder s = new StringBuilder();
        for (char ch : Integer.toString(k).toCharArray()) s.append(glyphs.charAt(ch - '0'));
        return s.toString();
    }
}
