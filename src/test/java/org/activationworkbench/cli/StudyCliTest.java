package org.activationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `study`: writes a report for a known study; one `error:` line and exit 2 for an unknown one. */
class StudyCliTest {

    @Test
    void quickStudyWritesItsReport(@TempDir Path dir) {
        CliTest.Result r = CliTest.run("study", "fgsm", "--quick", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("report.md"), r.out());
        assertTrue(Files.exists(dir.resolve("report.md")));
        assertTrue(Files.exists(dir.resolve("results.csv")));
    }

    @Test
    void unknownStudyIsAUserError(@TempDir Path dir) {
        CliTest.assertUserError(CliTest.run("study", "nope", "--out", dir.toString()), "unknown study 'nope'");
    }

    @Test
    void missingOutIsAUserError() {
        CliTest.assertUserError(CliTest.run("study", "fgsm"), "--out");
    }
}
