package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void parsingGivesExactlyWhatParseDoubleGives() {
        SplittableRandom rnd = new SplittableRandom(5);
        String[] fixed = {"0", "-0", "+7", "1.", ".5", "-.25", "0.1", "123456789012345", "1234567890123456",
            "0.000000000000000000000001", "3.4028235e38", "3.5e38", "1e999", "1e-999", "12.50000000000000000",
            "9007199254740993", "0.30000000000000004"};
        for (String s : fixed) check(s);
        for (int i = 0; i < 200_000; i++) {
            double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-12, 12));
            check(String.format(Locale.ROOT, "%." + rnd.nextInt(0, 18) + "f", v));
            check(Double.toString(v));
            check(Float.toString((float) v));
        }
    }

    private static void check(String s) {
        byte[] b = ("x" + s + "y").getBytes(StandardCharsets.US_ASCII);
        assertTrue(CsvCells.isNumber(b, 1, b.length - 1), s);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                Double.doubleToRawLongBits(CsvCells.parse(b, 1, b.length - 1)), s);
    }

    @Test
    void numbersAreWhatTheGrammarSays() {
        for (String s : new String[] {"", ".", "+", "-", "1e", "1e+", "e5", "1.2.3", "0x10", "NaN", "Infinity", "1,5",
            " 1", "١"}) {
            assertFalse(CsvCells.isNumber(s), s);
        }
        for (String s : new String[] {"1", "-1", "1.", ".1", "1e5", "1E-5", "+1.5e+3"}) assertTrue(CsvCells.isNumber(s), s);
    }
}
