package org.activationworkbench.experiment;

import org.activationworkbench.core.EnumText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.BatchNormLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Residual networks and norm layers survive model.json and .awb files: γ, β and BatchNorm's running statistics
 * included, so a reopened run predicts and trains on exactly as the original; classic files keep their old format.
 */
class ResidualModelFileTest {

    @TempDir
    Path dir;

    private static final Architecture RESIDUAL_BN = new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.BATCH, 5);

    private static ExperimentConfig config(long seed) {
        ExperimentConfig c = TestRuns.config("spiral", "bspline", null, 4, "adam", seed);
        return new ExperimentConfig(c.dataset(), c.data(), c.activation(), c.sharing(), java.util.List.of(8, 8, 8),
                c.training(), null, null);
    }

    private static Dataset data(ExperimentConfig c) {
        return new DatasetRegistry().load(c.dataset(), c.data());
    }

    @ParameterizedTest
    @CsvSource({"residual,batch", "residual,layer", "residual,none", "plain,batch"})
    void resumedRunEqualsUninterruptedRun(String block, String norm) throws IOException {
        Architecture arch = new Architecture(EnumText.parse(Architecture.Block.class, block, "b"), EnumText.parse(Architecture.Norm.class, norm, "n"));
        ExperimentConfig c = config(5);
        RunResult straight = new Experiment(c.withArchitecture(arch), data(c)).run(null);

        EpochRunner first = new EpochRunner(new Experiment(c.withArchitecture(arch), data(c)));
        assertTrue(first.runEpoch());
        assertTrue(first.runEpoch());
        Path f = dir.resolve("half.awb");
        WorkbenchFile.save(f, SavedSession.capture(first));
        RunResult resumed = WorkbenchFile.open(f).restore().runAll(null);

        assertEquals(straight.metrics().size(), resumed.metrics().size());
        for (int i = 0; i < straight.metrics().size(); i++) {
            MetricsRow a = straight.metrics().get(i), b = resumed.metrics().get(i);
            assertEquals(a.trainLoss(), b.trainLoss(), 0.0, "train loss row " + i);
            assertEquals(a.testLoss(), b.testLoss(), 0.0, "test loss row " + i);
        }
    }

    @Test
    void modelJsonKeepsNormsAndRunningStatisticsAndRebuildsTheSamePredictions() throws IOException {
        ExperimentConfig c = config(2);
        Experiment e = new Experiment(c.withArchitecture(RESIDUAL_BN), data(c));
        e.run(null);
        SavedModel m = SavedModel.capture(e);
        assertEquals(SavedModel.FORMAT, m.format());
        assertEquals(RESIDUAL_BN, m.architecture());
        assertEquals(4, m.norms().size(), "one per block and the final one");
        SavedModel back = Json.mapper().readValue(Json.pretty().writeValueAsString(m), SavedModel.class);

        Experiment rebuilt = new Experiment(back.config(), data(c));
        back.applyTo(rebuilt.network());
        BatchNormLayer bn = (BatchNormLayer) e.network().normLayers().get(1);
        BatchNormLayer bnBack = (BatchNormLayer) rebuilt.network().normLayers().get(1);
        assertArrayEquals(bn.runningMean(), bnBack.runningMean());
        assertArrayEquals(bn.runningVar(), bnBack.runningVar());
        float[] x = data(c).test().x();
        int rows = data(c).test().rows();
        int n = rows * e.network().outputs();
        assertArrayEquals(java.util.Arrays.copyOf(e.network().forward(x, rows), n),
                java.util.Arrays.copyOf(rebuilt.network().forward(x, rows), n));
    }

    @Test
    void plainNetworksKeepFormatTwoAndOldFilesReadAsPlain() throws IOException {
        ExperimentConfig c = TestRuns.spiral("dyn", 1);
        Experiment e = new Experiment(c);
        e.run(null);
        SavedModel m = SavedModel.capture(e);
        assertEquals(SavedModel.CLASSIC_FORMAT, m.format());
        // a model.json as format 2 wrote it: no architecture, no norms
        ObjectNode json = Json.mapper().valueToTree(m);
        json.remove("architecture");
        json.remove("norms");
        SavedModel old = Json.mapper().treeToValue(json, SavedModel.class);
        assertEquals(Architecture.PLAIN, old.architecture());
        assertTrue(old.norms().isEmpty());
        Experiment rebuilt = new Experiment(c);
        old.applyTo(rebuilt.network());
        float[] x = e.dataset().test().x();
        int rows = e.dataset().test().rows();
        int n = rows * e.network().outputs();
        assertArrayEquals(java.util.Arrays.copyOf(e.network().forward(x, rows), n),
                java.util.Arrays.copyOf(rebuilt.network().forward(x, rows), n));
    }

    @Test
    void workbenchFilesSayVersionTwoOnlyWhenTheyHoldResidualBlocksOrNorms() throws IOException {
        ExperimentConfig c = config(1);
        Path classic = dir.resolve("classic.awb");
        Path residual = dir.resolve("residual.awb");
        WorkbenchFile.save(classic, SavedSession.capture(new EpochRunner(new Experiment(c, data(c)))));
        WorkbenchFile.save(residual, SavedSession.capture(new EpochRunner(new Experiment(c.withArchitecture(RESIDUAL_BN), data(c)))));
        assertEquals(1, headerVersion(classic));
        assertEquals(2, headerVersion(residual));
    }

    private static int headerVersion(Path f) throws IOException {
        try (ZipFile zip = new ZipFile(f.toFile())) {
            return Json.mapper().readTree(zip.getInputStream(zip.getEntry("workbench.json"))).path("version").asInt();
        }
    }
}
