package org.activationworkbench.symbolic;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers in formulas: a few significant digits for people (text, LaTeX), every digit for code (torch). */
final class FormulaNumbers {

    /** Significant digits of a number in a formula shown to a person. */
    static final int DIGITS = 4;

    private FormulaNumbers() {
    }

    /** |v| rounded to {@link #DIGITS} significant digits, without trailing zeros: "0.9812", "1.2e-05", "3". */
    static String magnitude(double v) {
        double m = Math.abs(v);
        if (m == 0) return "0";
        BigDecimal r = new BigDecimal(m).round(new MathContext(DIGITS)).stripTrailingZeros();
        if (m >= 1e-4 && m < 1e6) return r.toPlainString();
        String s = String.format(java.util.Locale.ROOT, "%." + (DIGITS - 1) + "e", r.doubleValue());
        String mantissa = s.substring(0, s.indexOf('e'));
        if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + "e" + s.substring(s.indexOf('e') + 1);
    }

    /** As {@link #magnitude}, with a minus sign when negative. */
    static String magnitudeSigned(double v) {
        return (v < 0 ? "-" : "") + magnitude(v);
    }

    /** As {@link #magnitude} in LaTeX: "1.2\times10^{-5}". */
    static String latexMagnitude(double v) {
        String s = magnitude(v);
        int e = s.indexOf('e');
        if (e < 0) return s;
        return s.substring(0, e) + "\\times10^{" + Integer.parseInt(s.substring(e + 1)) + "}";
    }

    /** Every digit of v, as Python reads it back exactly: "0.98123456789", "1.0e-05". */
    static String exact(double v) {
        return Double.toString(Math.abs(v)).replace("E", "e");
    }
}
