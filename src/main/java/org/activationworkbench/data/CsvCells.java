package org.activationworkbench.data;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** What a CSV cell is: a missing value, a number (and its value), or text. */
final class CsvCells {

    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "?");

    private CsvCells() {
    }

    static boolean isMissing(String v) {
        return v.length() <= 4 && MISSING.contains(v.toLowerCase(Locale.ROOT));
    }

    static boolean isNumber(String v) {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        return isNumber(b, 0, b.length);
    }

    /** [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?, the numbers the reader accepts. */
    static boolean isNumber(byte[] b, int start, int end) {
        int i = start;
        if (i < end && (b[i] == '+' || b[i] == '-')) i++;
        int intDigits = 0;
        while (i < end && isDigit(b[i])) {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && isDigit(b[i])) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits == 0 && fracDigits == 0) return false;
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) i++;
            int expDigits = 0;
            while (i < end && isDigit(b[i])) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) return false;
        }
        return i == end;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** Powers of ten that are exact doubles. */
    private static final double[] TENS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * The value of a cell {@link #isNumber} accepted, exactly as {@link Double#parseDouble} gives it. Plain decimals
     * of up to 15 digits without exponent (most table cells) take Clinger's fast path: the digits as an exact
     * integer divided by an exact power of ten is one correctly rounded operation, so the result is the same double
     * without building a String; everything else goes to {@link Double#parseDouble}.
     */
    static double parse(byte[] b, int start, int end) {
        int i = start;
        boolean negative = b[i] == '-';
        if (b[i] == '-' || b[i] == '+') i++;
        long digits = 0;
        int count = 0;
        int scale = -1;
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '.') {
                scale = 0;
            } else if (c >= '0' && c <= '9') {
                if (digits != 0 || c != '0') count++;
                digits = digits * 10 + (c - '0');
                if (scale >= 0) scale++;
                if (count > 15) return slow(b, start, end);
            } else {
                return slow(b, start, end);   // an exponent
            }
        }
        if (scale > 22) return slow(b, start, end);
        double v = scale <= 0 ? digits : digits / TENS[scale];
        return negative ? -v : v;
    }

    private static double slow(byte[] b, int start, int end) {
        return Double.parseDouble(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
    }

    /** A class label's name: whole numbers without ".0" ("1" and "1.0" are one class), others as Java prints them. */
    static String canonical(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A float cell as text: whole numbers without ".0", others as the shortest float text. */
    static String text(float v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Float.toString(v);
    }
}
