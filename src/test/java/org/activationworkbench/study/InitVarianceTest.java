package org.activationworkbench.study;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.nn.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variance study's measurement in both architectures, and its report's arms. */
class InitVarianceTest {

    private static final Architecture RESIDUAL_LN = new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.LAYER);

    /** A LayerNorm before each block gives every activation unit-scale inputs, so depth cannot compound the tails. */
    @Test
    void hermiteOverflowsThroughPlainLayersButStaysNearOneInsidePreNormBlocks() {
        for (String version : new String[] {"0.1.2", "0.1.1"}) {
            Activation a = ActivationRegistry.create(ActivationSpec.of("hermite").with("torchortho", version));
            double[] plain = InitVariance.perLayer(a, null, Architecture.PLAIN, 50, 64, 500, 0);
            double[] residual = InitVariance.perLayer(a, null, RESIDUAL_LN, 50, 64, 500, 0);
            assertFalse(Double.isFinite(plain[49]), version + " plain: " + plain[49]);
            assertTrue(Arrays.stream(residual).allMatch(v -> v > 0.4 && v < 2.5), version + " residual: "
                    + Arrays.toString(residual));
        }
    }

    @Test
    void quickReportHasTheResidualAndTorchorthoArms(@TempDir Path dir) throws Exception {
        Studies.run("variance", true, dir, (done, total, msg) -> { }, () -> false);
        String csv = Files.readString(dir.resolve("results.csv"));
        assertTrue(csv.contains(",hermite,0.1.1,residual,"), "a 0.1.1 residual row");
        assertTrue(csv.contains(",tropical,naive,plain,"), "a naive plain row");
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("| residual pre-LayerNorm | 0.1.1 |"), "the paper's pairing in the claim's parts");
        assertTrue(report.contains("residual pre-LN, 3 blocks"), "the residual training column");
    }
}
