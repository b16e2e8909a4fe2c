package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train --procedure and --conv: phases.csv, the procedure in run.json, stdout lines, and clear errors. */
class ProcedureCliTest {

    @Test
    void warmupFrozenWritesItsPhases(@TempDir Path tmp) throws Exception {
        CliTest.Result r = run("train", "--dataset", "moons", "--samples", "200", "--family", "bspline", "--hidden", "8",
                "--epochs", "2", "--procedure", "warmup-frozen", "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("phases step 0 weights-only, step 5 joint"), r.out());
        assertEquals(List.of("step,epoch,phase", "0,0,weights-only", "5,1,joint"),
                Files.readAllLines(tmp.resolve("phases.csv")));
        String json = Files.readString(tmp.resolve("run.json"));
        assertTrue(json.contains("\"name\" : \"warmup-frozen\""), json);
        assertTrue(Files.readAllLines(tmp.resolve("metrics.csv")).get(0)
                .equals("step,epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy"));
    }

    @Test
    void tv2SaysHowManyKnotsRemain(@TempDir Path tmp) throws Exception {
        CliTest.Result r = run("train", "--dataset", "sin", "--noise", "0", "--family", "bspline", "--hidden", "4",
                "--epochs", "3", "--procedure", "tv2", "--tv2", "0.01", "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("knots remain active"), r.out());
        assertTrue(Files.readString(tmp.resolve("run.json")).contains("\"knotsRemaining\""));
    }

    @Test
    void knotProceduresNeedBspline(@TempDir Path tmp) {
        assertUserError(run("train", "--dataset", "moons", "--family", "dyn", "--procedure", "grid-refine",
                "--out", tmp.toString()), "bspline");
    }

    @Test
    void unknownProcedureIsAUserError(@TempDir Path tmp) {
        assertUserError(run("train", "--dataset", "moons", "--family", "dyn", "--procedure", "upside-down",
                "--out", tmp.toString()), "--procedure must be one of");
    }

    @Test
    void convNeedsSquareImages(@TempDir Path tmp) {
        assertUserError(run("train", "--dataset", "wine", "--family", "relu", "--conv", "4", "--out", tmp.toString()),
                "square");
    }
}
