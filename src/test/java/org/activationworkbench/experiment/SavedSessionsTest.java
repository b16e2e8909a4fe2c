package org.activationworkbench.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.nn.ConvBlock;
import org.activationworkbench.nn.Network;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions that used to lose something when saved: conv weights (never written), the two-optimizers procedure's
 * momentum and moments (saved empty), and a grid-refine session saved after a refinement (could not be reopened).
 * Each now reopens and continues exactly as the uninterrupted run.
 */
class SavedSessionsTest {

    @TempDir
    Path dir;

    @Test
    void aCnnSessionKeepsItsConvWeightsBitForBit() throws IOException {
        EpochRunner trained = digitsCnn("bspline", 16, 4);
        Path f = dir.resolve("cnn.awb");
        WorkbenchFile.save(f, SavedSession.capture(trained));
        SavedSession back = WorkbenchFile.open(f);
        assertEquals(1, back.model().conv().size());
        Network reopened = back.restore().experiment().network();
        Network original = trained.experiment().network();
        for (int b = 0; b < original.convBlocks().size(); b++) {
            ConvBlock a = original.convBlocks().get(b), z = reopened.convBlocks().get(b);
            assertArrayEquals(a.conv().weightParameter().value(), z.conv().weightParameter().value(), "conv weights");
            assertArrayEquals(a.conv().biasParameter().value(), z.conv().biasParameter().value(), "conv bias");
            assertArrayEquals(a.activation().parameter().value(), z.activation().parameter().value(), "conv activation");
        }
        float[] x = java.util.Arrays.copyOf(trained.experiment().dataset().test().x(), 8 * 64);
        assertArrayEquals(java.util.Arrays.copyOf(original.forward(x, 8), 80),
                java.util.Arrays.copyOf(reopened.forward(x, 8), 80), "the same predictions");
    }

    @Test
    void aCnnSessionOfFormat1CanBeReadButNotContinued() throws IOException {
        EpochRunner trained = digitsCnn("relu", 8, 2);
        Path f = dir.resolve("new.awb");
        WorkbenchFile.save(f, SavedSession.capture(trained));
        Path old = dir.resolve("old.awb");
        rewriteModel(f, old, m -> {
            m.put("format", 1);
            m.remove("conv");   // what format 1 wrote: the dense layers only
        });
        SavedSession legacy = WorkbenchFile.open(old);
        assertFalse(legacy.model().hasConvWeights());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, legacy::restore);
        assertTrue(e.getMessage().contains("did not keep the weights of conv layers"), e.getMessage());
    }

    @Test
    void twoOptimizersResumesWithItsMomentumAndMoments() throws IOException {
        ExperimentConfig c = TestRuns.config("spiral", "bspline", null, 4, "adam", 5)
                .withProcedure(ProcedureOptions.named("two-optimizers"));
        assertResumesExactly(c, 2);
    }

    @Test
    void aGridRefineSessionSavedAfterARefinementReopensWithTheRefinedKnots() throws IOException {
        ExperimentConfig base = TestRuns.config("spiral", "bspline", null, 4, "adam", 5);
        ProcedureOptions p = ProcedureOptions.named("grid-refine");
        ExperimentConfig c = base.withProcedure(new ProcedureOptions(p.name(), p.actLrScale(), p.phaseEpochs(),
                p.alternateSteps(), p.tv2(), p.pruneThreshold(), java.util.List.of(1, 2)));
        assertResumesExactly(c, 2);   // saved after the first refinement (21 → 41 knots), refined again after reopening
    }

    @Test
    void twoOptimizersFilesWithoutStateStillOpen() throws IOException {
        ExperimentConfig c = TestRuns.config("spiral", "bspline", null, 2, "adam", 5)
                .withProcedure(ProcedureOptions.named("two-optimizers"));
        EpochRunner r = new EpochRunner(new Experiment(c));
        r.runEpoch();
        SavedSession s = SavedSession.capture(r);
        TrainingPosition t = s.training();
        TrainingPosition legacy = new TrainingPosition(t.steps(), t.epochsDone(), t.cursor(), t.optimizer(), t.optimizerSteps(),
                new long[0], java.util.Map.of(), t.tally());
        SavedSession old = new SavedSession(s.config(), s.datasetChecksum(), s.metrics(), s.snapshots(), s.model(), legacy);
        assertTrue(old.restore().runEpoch(), "an older file restarts its optimizer state from zero, as it always did");
    }

    /** One epoch of a CNN on digits: one conv block of {@code channels}, one hidden layer. */
    private static EpochRunner digitsCnn(String family, int hidden, int channels) {
        TrainingOptions t = TrainingOptions.defaults().withEpochs(1).withBatch(64).withRates(0.01, 0.01).withSeed(3);
        ExperimentConfig c = new ExperimentConfig("digits", DataOptions.defaults(), ActivationSpec.of(family), null, java.util.List.of(hidden), t, null, null).withConv(java.util.List.of(channels));
        EpochRunner r = new EpochRunner(new Experiment(c));
        assertTrue(r.runEpoch());
        return r;
    }

    /** Trains {@code c} straight, and again with a save and reopen after {@code at} epochs: the same losses. */
    private void assertResumesExactly(ExperimentConfig c, int at) throws IOException {
        RunResult straight = new Experiment(c).run(null);
        EpochRunner first = new EpochRunner(new Experiment(c));
        for (int e = 0; e < at; e++) assertTrue(first.runEpoch());
        Path f = dir.resolve("half.awb");
        WorkbenchFile.save(f, SavedSession.capture(first));
        RunResult resumed = WorkbenchFile.open(f).restore().runAll(null);
        assertEquals(straight.metrics().size(), resumed.metrics().size());
        for (int i = 0; i < straight.metrics().size(); i++) {
            assertEquals(straight.metrics().get(i).trainLoss(), resumed.metrics().get(i).trainLoss(), 0.0, "row " + i);
            assertEquals(straight.metrics().get(i).testLoss(), resumed.metrics().get(i).testLoss(), 0.0, "row " + i);
        }
    }

    private static void rewriteModel(Path from, Path to, java.util.function.Consumer<ObjectNode> change) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("model.json")) {
                    ObjectNode m = (ObjectNode) Json.mapper().readTree(bytes);
                    change.accept(m);
                    bytes = Json.mapper().writeValueAsBytes(m);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
