package org.activationworkbench.symbolic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationworkbench.activation.FormulaPatch;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.export.ModelFile;
import org.activationworkbench.export.SavedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Activation surgery end to end: a spline frozen at a fit of tanh, replaced by its reading, computes almost the same
 * network; the formulas survive model.json and .awb; training goes on with them frozen.
 */
class SurgeryTest {

    @TempDir
    Path dir;

    private static RunReader.Request all() {
        return RunReader.Request.all();
    }

    @Test
    void replacingATanhFitFrozenSplineByItsReadingChangesTheLossByAlmostNothing() {
        Experiment e = new Experiment(TestRuns.config("spiral", "bspline", Sharing.LAYER, 4, "adam", 1)
                .withActivation(org.activationworkbench.activation.ActivationSpec.of("bspline").with("grid", "fixed")
                        .withInitFit("tanh"))
                .withTraining(TestRuns.config("spiral", "bspline", Sharing.LAYER, 4, "adam", 1).training().withRates(0.01, 0)));
        EpochRunner runner = new EpochRunner(e);
        runner.runAll(null);
        SavedRun run = SavedRun.of(SavedSession.capture(runner));
        List<Reading> readings = RunReader.read(run.model(), run.last(), run.info().activation(), all());
        Surgery.Outcome o = Surgery.operate(run.model(), readings, 1);
        assertEquals(2, o.replaced().size());
        for (Surgery.Replacement r : o.replaced()) assertEquals("tanh", r.candidate().formula().equivalenceKey());
        double before = o.before().test().loss();
        double after = o.scoresAfter().test().loss();
        assertTrue(Math.abs(after - before) < 0.01 * before, before + " -> " + after);
        assertTrue(Math.abs(o.scoresAfter().train().accuracy() - o.before().train().accuracy()) <= 0.01);
        String report = SurgeryReport.text(o);
        assertTrue(report.contains("replaced hidden layer 1 by ") && report.contains("tanh(") && report.contains("test"), report);
    }

    /** A reading of rank 3 (a worse formula) does change the network: the before/after numbers are not a formality. */
    @Test
    void aPoorFormulaChangesTheLossAndRankBeyondTheCandidatesIsRefused() {
        EpochRunner runner = trained(Sharing.NEURON);
        SavedModel m = SavedModel.capture(runner.experiment());
        RunReader.Request oneLinear = new RunReader.Request(0, 2, List.of(Primitive.IDENTITY, Primitive.SIN), false,
                RunReader.Inputs.DATA);
        List<Reading> readings = RunReader.read(m, runner.snapshots().get(runner.snapshots().size() - 1),
                runner.experiment().activation(), oneLinear);
        Surgery.Outcome o = Surgery.operate(m, readings, 1);
        assertNotEquals(o.before().train().loss(), o.scoresAfter().train().loss());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surgery.choose(readings, 9));
        assertTrue(e.getMessage().startsWith("--rank 9"), e.getMessage());
    }

    @Test
    void formulasSurviveModelJsonAndTheNetworkComputesThemExactly() throws Exception {
        EpochRunner runner = trained(Sharing.NEURON);
        Experiment e = runner.experiment();
        SavedModel m = Surgery.replace(SavedModel.capture(e), List.of(new Surgery.Replacement(1, 3,
                new Candidate(Formula.of(Primitive.TANH, 0.8, 1.3, -0.2, 0.1), 1, 0, 0, true))));
        Path file = dir.resolve("model.json");
        ModelFile.write(m, file);
        SavedModel back = ModelFile.read(file);
        assertEquals(m.activations().get(1).formulas(), back.activations().get(1).formulas());
        assertNull(back.activations().get(0).formulas());
        assertTrue(!Files.readString(file).contains("\"formulas\" : null"), "absent where nothing was replaced");
        back.applyTo(e.network());
        assertInstanceOf(FormulaPatch.class, e.network().activationLayers().get(1).activation());
        float[] x = {0.3f, -1.2f};
        e.network().forward(x, 1);
        float z = e.network().preActivations(1)[3];
        // the network's activation output for that unit is the formula's value: check through a fresh forward pass
        double want = 0.8 * Math.tanh(1.3 * z - 0.2) + 0.1;
        assertEquals(want, e.network().activationLayers().get(1).activation().value(z, e.network().activationLayers().get(1).parametersAsDouble(), 3 * e.activation().parameterCount()), 1e-12);
        // undo: the model without formulas puts the learned activation back
        SavedModel.capture(runner.experiment()).withActivations(back.activations().stream()
                .map(a -> a.withFormulas(null)).toList()).applyTo(e.network());
        assertTrue(!(e.network().activationLayers().get(1).activation() instanceof FormulaPatch));
    }

    @Test
    void aWorkbenchFileAfterSurgeryTrainsOnWithTheFormulaFrozen() throws Exception {
        EpochRunner runner = trained(Sharing.LAYER);
        SavedSession s = SavedSession.capture(runner);
        SavedModel m = Surgery.replace(s.model(), List.of(new Surgery.Replacement(0, -1,
                new Candidate(Formula.of(Primitive.SILU, 1.0, 1.0, 0.0, 0.0), 1, 0, 0, true))));
        Path awb = dir.resolve("cut.awb");
        WorkbenchFile.save(awb, new SavedSession(s.config(), s.datasetChecksum(), s.metrics(), s.snapshots(), m, s.training()));
        EpochRunner resumed = WorkbenchFile.open(awb).restore();
        float[] frozen = resumed.experiment().network().activationLayers().get(0).parameter().value().clone();
        float[] learning = resumed.experiment().network().activationLayers().get(1).parameter().value().clone();
        resumed.runEpoch();
        var layers = resumed.experiment().network().activationLayers();
        assertInstanceOf(FormulaPatch.class, layers.get(0).activation());
        assertArrayEquals(frozen, layers.get(0).parameter().value(), "the replaced activation's parameters do not move");
        assertTrue(!java.util.Arrays.equals(learning, layers.get(1).parameter().value()), "the other layer learns on");
        SavedModel again = SavedModel.capture(resumed.experiment());
        assertEquals(m.activations().get(0).formulas(), again.activations().get(0).formulas());
        // read back from the file, the replaced layer reads as the formula itself
        SavedRun saved = SavedRun.open(awb);
        Reading r = RunReader.read(saved.model(), saved.last(), saved.info().activation(), all()).get(0);
        assertEquals("silu", r.best().fn());
        assertTrue(r.best().r2() > 0.9999, r.best().toString());
    }

    /**
     * A spline whose knot grid followed its inputs is rebuilt with that grid from model.json: the loss "before" is
     * the run's own, so a before/after comparison measures the surgery and nothing else.
     */
    @Test
    void aModelWithAFollowedGridScoresAsTheRunItself() throws Exception {
        var c = TestRuns.config("spiral", "bspline", Sharing.NEURON, 3, "adam", 0)
                .withActivation(org.activationworkbench.activation.ActivationSpec.of("bspline").with("grid", "follow"));
        EpochRunner runner = new EpochRunner(new Experiment(c));
        runner.runAll(null);
        Experiment e = runner.experiment();
        double[] grid = ((org.activationworkbench.activation.BSplineActivation) e.network().activationLayers().get(0)
                .activation()).workingRange();
        assertNotEquals(-3.0, grid[0], "the grid moved (else this test shows nothing)");
        Path file = dir.resolve("follow.json");
        ModelFile.write(SavedModel.capture(e), file);
        SavedModel back = ModelFile.read(file);
        assertArrayEquals(grid, back.activations().get(0).grid());
        double want = e.session().evaluate(e.dataset().test()).loss();
        assertEquals(want, Surgery.score(back, e.dataset()).test().loss(), 1e-6 * Math.max(1, want));
    }

    /** Grid refinement rebuilds a spline with more knots: the replaced unit stays its formula, frozen. */
    @Test
    void aGridRefinementKeepsTheFormulas() {
        EpochRunner runner = trained(Sharing.NEURON);
        Experiment e = runner.experiment();
        Surgery.replace(SavedModel.capture(e), List.of(new Surgery.Replacement(0, 2,
                new Candidate(Formula.of(Primitive.SIN, 0.5, 1.0, 0.0, 0.0), 1, 0, 0, true)))).applyTo(e.network());
        int knots = e.activation().parameterCount();
        e.session().refineKnotsTo(2 * knots - 1);
        var layer = e.network().activationLayers().get(0);
        FormulaPatch p = assertInstanceOf(FormulaPatch.class, layer.activation());
        assertEquals(2 * knots - 1, p.parameterCount());
        assertEquals(0.5 * Math.sin(0.7), p.value(0.7, layer.parametersAsDouble(), 2 * p.parameterCount()), 1e-12);
        float[] before = layer.parameter().value().clone();
        runner.runEpoch();
        float[] after = e.network().activationLayers().get(0).parameter().value();
        int n = p.parameterCount();
        assertArrayEquals(java.util.Arrays.copyOfRange(before, 2 * n, 3 * n), java.util.Arrays.copyOfRange(after, 2 * n, 3 * n));
    }

    /** symbolic --replace on a .awb writes a new .awb that opens with the formula; the input is untouched. */
    @Test
    void aWorkbenchFileGivesANewWorkbenchFileAndNeverOverwritesItsInput() throws Exception {
        EpochRunner runner = trained(Sharing.LAYER);
        Path in = dir.resolve("in.awb");
        WorkbenchFile.save(in, SavedSession.capture(runner));
        byte[] before = Files.readAllBytes(in);
        SavedModel m = Surgery.replace(WorkbenchFile.open(in).model(), List.of(new Surgery.Replacement(1, -1,
                new Candidate(Formula.of(Primitive.TANH, 1, 1, 0, 0), 1, 0, 0, true))));
        Path out = dir.resolve("out.awb");
        org.activationworkbench.export.SurgeryFiles.checkTarget(in, out);
        org.activationworkbench.export.SurgeryFiles.write(in, m, "report", out);
        assertArrayEquals(before, Files.readAllBytes(in));
        assertEquals(m.activations().get(1).formulas(), WorkbenchFile.open(out).model().activations().get(1).formulas());
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> org.activationworkbench.export.SurgeryFiles.checkTarget(in, in));
        assertTrue(same.getMessage().startsWith("--out"), same.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> org.activationworkbench.export.SurgeryFiles.checkTarget(in, dir.resolve("folder")));
        assertTrue(kind.getMessage().contains(".awb"), kind.getMessage());
    }

    @Test
    void aMissingLayerOrUnitIsRefusedInWords() {
        SavedModel m = SavedModel.capture(trained(Sharing.NEURON).experiment());
        Candidate c = new Candidate(Formula.of(Primitive.TANH, 1, 1, 0, 0), 1, 0, 0, true);
        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class,
                () -> Surgery.replace(m, List.of(new Surgery.Replacement(5, 0, c))));
        assertTrue(layer.getMessage().startsWith("--layer 6"), layer.getMessage());
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
                () -> Surgery.replace(m, List.of(new Surgery.Replacement(0, 8, c))));
        assertTrue(unit.getMessage().startsWith("--unit 9") && unit.getMessage().contains("8 units"), unit.getMessage());
    }

    private static EpochRunner trained(Sharing sharing) {
        // two of four planned epochs: the run can go on
        EpochRunner runner = new EpochRunner(new Experiment(TestRuns.config("spiral", "bspline", sharing, 4, "adam", 0)));
        runner.runEpoch();
        runner.runEpoch();
        return runner;
    }
}
