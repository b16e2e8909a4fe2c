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

    /** The value of a cell {@link #isNumber} accepted (ASCII, so no decoding is needed). */
    static double parse(byte[] b, int start, int end) {
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
