package org.activationworkbench.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.cli.WorkbenchCli;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.export.SavedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readings of trained runs whose answer is known: activations frozen at a fit of a baseline read back as that
 * baseline, and a one-unit network trained on sin reads back as a sine.
 */
class KnownTruthTest {

    @TempDir
    Path dir;

    private SavedRun train(String... args) throws Exception {
        Path out = dir.resolve("run" + System.nanoTime());
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--out";
        full[args.length + 1] = out.toString();
        PrintStream old = System.out;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
            code = WorkbenchCli.execute(full);
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, "train " + String.join(" ", args));
        return SavedRun.open(out);
    }

    private static List<Reading> read(SavedRun run) {
        return RunReader.read(run.model(), run.last(), run.info().activation(), RunReader.Request.all());
    }

    /** A spline frozen at a fit of g (inside its grid, where the spline is that fit) reads back as g itself. */
    @ParameterizedTest
    @ValueSource(strings = {"tanh", "silu", "gelu", "elu", "softplus"})
    void splineFrozenAtAFitOfABaselineReadsBackAsThatBaseline(String baseline) throws Exception {
        SavedRun run = train("train", "--dataset", "spiral", "--family", "bspline", "--init-fit", baseline, "--act-lr", "0", "--grid", "fixed",
                "--hidden", "16", "--sharing", "layer", "--epochs", "5");
        Reading r = read(run).get(0);
        assertEquals(baseline, r.best().fn(), r.candidates().toString());
        assertTrue(r.best().r2() >= 0.99, r.best().toString());
        Term t = r.best().formula().terms().get(0);
        // the affine wrapping is close to the identity: the spline is g itself, not a rescaled one
        assertEquals(1, t.a(), 0.05);
        assertEquals(1, t.b(), 0.05);
    }

    @Test
    void everyWideUnitFrozenAtAFitOfTanhReadsBackAsTanh() throws Exception {
        SavedRun run = train("train", "--dataset", "spiral", "--family", "bspline", "--init-fit", "tanh", "--act-lr", "0", "--grid", "fixed",
                "--hidden", "8", "--sharing", "neuron", "--epochs", "5");
        List<Reading> readings = read(run);
        assertEquals(8, readings.size());
        int wide = 0;
        for (Reading r : readings) {
            assertTrue(r.best().r2() >= 0.99, r.title() + ": " + r.best());
            // over a narrow range tanh is a line (and reads as one): only ranges that reach its bend must read tanh
            if (r.inputs().hi() - r.inputs().lo() > 3) {
                wide++;
                assertEquals("tanh", r.best().formula().equivalenceKey(), r.title() + ": " + r.candidates());
            }
        }
        assertTrue(wide >= 4, "most units see a wide range");
    }

    @Test
    void oneHiddenUnitTrainedOnSinReadsBackAsASine() throws Exception {
        SavedRun run = train("train", "--dataset", "sin", "--family", "bspline", "--hidden", "1", "--grid", "fixed",
                "--procedure", "joint");
        Reading r = read(run).get(0);
        assertEquals("sin", r.best().formula().equivalenceKey(), r.candidates().toString());
        assertTrue(r.best().r2() >= 0.99, r.best().toString());
    }

    @Test
    void aWorkbenchFileIsReadFromItsHistogram() throws Exception {
        Experiment e = new Experiment(TestRuns.config("spiral", "dyn", Sharing.LAYER, 2, "adam", 0));
        EpochRunner runner = new EpochRunner(e);
        runner.runAll(null);
        Path awb = dir.resolve("dyn.awb");
        WorkbenchFile.save(awb, SavedSession.capture(runner));
        SavedRun run = SavedRun.open(awb);
        RunReader.Request histogram = new RunReader.Request(RunReader.ALL, RunReader.ALL, List.of(Primitive.values()),
                true, RunReader.Inputs.HISTOGRAM);
        List<Reading> readings = RunReader.read(run.model(), run.last(), run.info().activation(), histogram);
        assertEquals(2, readings.size());
        for (Reading r : readings) {
            assertTrue(r.inputs().source().contains("histogram"), r.inputs().source());
            // dyn with a relu base is piecewise linear: leaky-relu-like, read almost exactly
            assertTrue(r.best().r2() > 0.999, r.best().toString());
            double[] range = e.activation().workingRange();
            assertTrue(r.inputs().lo() >= range[0] && r.inputs().hi() <= range[1], "inside the histogram's range");
        }
    }

    @Test
    void aTrainFolderWithoutItsDataHasNoHistogramToFallBackOn() throws Exception {
        SavedRun run = train("train", "--dataset", "xor", "--family", "prelu", "--hidden", "3", "--epochs", "2");
        RunReader.Request histogram = new RunReader.Request(RunReader.ALL, RunReader.ALL, List.of(Primitive.TANH),
                false, RunReader.Inputs.HISTOGRAM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunReader.read(run.model(), run.last(), run.info().activation(), histogram));
        assertTrue(e.getMessage().contains("histogram"), e.getMessage());
    }
}
