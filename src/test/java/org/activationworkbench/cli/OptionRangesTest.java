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
}
