package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every numeric option has a range, checked before any data is loaded or anything written: values that make no
 * sense, or that overflow, end with one `error:` line naming the option and what it accepts (issue: hostile input,
 * classes 2 and 3).
 */
class OptionRangesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--momentum|2|--momentum must be between 0 and 0.999, got 2",
        "--weight-decay|-1|--weight-decay must be between 0 and 1, got -1",
        "--clip|NaN|--clip must be a finite number, got 'NaN'",
        "--samples|2000000000|--samples must be between 2 and 1000000, got 2000000000",
        "--knots|100000000|option --knots must be between 2 and 1000, got 100000000",
        "--conv|100000|--conv must be between 1 and 256, got 100000",
        "--hidden|100000,100000|--hidden must be between 1 and 4096, got 100000",
        "--hidden|99999999999|--hidden must be between 1 and 4096, got 99999999999",
        "--epochs|-3|--epochs must be between 0 and 1000000, got -3",
        "--batch|0|--batch must be between 1 and 65536, got 0",
        "--lr|Infinity|--lr must be a finite number, got 'Infinity'",
        "--test-ratio|1|--test-ratio must be between 0 and 0.95, got 1",
        "--degree|3|option --degree does not apply to family bspline"})
    void outOfRangeValuesAreOneClearLine(String option, String value, String message, @TempDir Path dir) {
        CliTest.Result r = run("train", "--dataset", "spiral", "--family", "bspline", option, value,
                "--out", dir.resolve("out").toString());
        assertUserError(r, message);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
    }

    @ParameterizedTest(name = "refine epochs beyond the plan")
    @CsvSource("50,2")
    void refineEpochsBeyondThePlanAreRefused(int refine, int epochs, @TempDir Path dir) {
        CliTest.Result r = run("train", "--dataset", "spiral", "--family", "bspline", "--procedure", "grid-refine",
                "--refine-epochs", String.valueOf(refine), "--epochs", String.valueOf(epochs),
                "--out", dir.resolve("out").toString());
        assertUserError(r, "--refine-epochs 50 is beyond the planned 2 epochs");
        assertEquals(2, r.code());
    }

    @ParameterizedTest(name = "bench --seconds {0}")
    @CsvSource({"Infinity", "0", "-1", "1e9"})
    void benchSecondsOutsideTheirRangeAreRefused(String seconds) {
        assertUserError(run("bench", "--families", "relu", "--seconds", seconds),
                "--seconds must be more than 0 and at most 3600, got");
    }

    @ParameterizedTest(name = "export --unit {0}")
    @CsvSource("999")
    void aUnitPastTheLayersWidthIsRefused(int unit, @TempDir Path dir) {
        Path run = dir.resolve("run");
        assertEquals(0, run("train", "--dataset", "xor", "--family", "dyn", "--sharing", "neuron", "--hidden", "4",
                "--epochs", "1", "--out", run.toString()).code());
        CliTest.Result r = run("export", "--run", run.toString(), "--what", "evolution", "--unit", String.valueOf(unit),
                "--out", dir.resolve("e.png").toString());
        assertUserError(r, "--unit must be between 1 and 4 (hidden layer 1 has 4 units), got 999");
        assertFalse(Files.exists(dir.resolve("e.png")));
    }

    /**
     * A polynomial at learning rate 1 without clipping blows up within its first batches (no NaN yet in compare's
     * case, a loss over a million): train says so, compare counts it as diverged.
     */
    @ParameterizedTest(name = "slaf degree 9, lr 1, no clipping")
    @CsvSource("9")
    void aBlowUpIsFlaggedByTrainAndCountedByCompare(int degree, @TempDir Path dir) throws Exception {
        CliTest.Result t = run("train", "--dataset", "spiral", "--family", "slaf", "--degree", String.valueOf(degree),
                "--lr", "1", "--clip", "0", "--out", dir.resolve("t").toString());
        assertUserError(t, "training diverged at step");
        // compare trains each family with its own defaults (slaf: degree 3): lr 1 without clipping still blows up
        CliTest.Result c = run("compare", "--dataset", "spiral", "--families", "slaf,relu", "--seeds", "1",
                "--lr", "1", "--clip", "0", "--epochs", "3",
                "--out", dir.resolve("c").toString());
        assertEquals(0, c.code(), c.err());
        java.util.List<String> rows = Files.readAllLines(dir.resolve("c").resolve("compare.csv"));
        int col = java.util.Arrays.asList(rows.get(0).split(",")).indexOf("diverged");
        String slaf = rows.stream().filter(l -> l.startsWith("slaf,")).findFirst().orElseThrow();
        assertEquals("true", slaf.split(",", -1)[col], String.join("\n", rows));
    }
}
