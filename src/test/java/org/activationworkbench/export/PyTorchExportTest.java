package org.activationworkbench.export;

import org.activationworkbench.core.EnumText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.train.TrainingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exported PyTorch module, run under the system's python3-torch, gives the workbench network's outputs on
 * random inputs to 1e-5 (relative to max(1, |y|)). Skipped when /usr/bin/python3 cannot import torch.
 */
class PyTorchExportTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    static boolean torch;

    @BeforeAll
    static void findTorch() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true).start();
            torch = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            torch = false;
        }
    }

    @ParameterizedTest
    @CsvSource({"prelu,neuron", "dyn,layer", "bspline,neuron", "bspline,layer", "hermite,layer", "fourier,neuron",
        "tropical,layer", "slaf,layer", "rational,neuron", "gelu,layer", "mish,layer"})
    void exportedModuleReproducesTheNetwork(String family, String sharing) throws Exception {
        assumeTrue(torch, "python3 with torch is not available");
        // 3 epochs on a 1-D regression set moves every parameter away from its init
        TrainingOptions t = TrainingOptions.defaults().withEpochs(3).withBatch(16).withRates(0.01, 0.02).withClip(family.equals("slaf") ? 1.0 : 0).withSeed(3);
        ExperimentConfig c = new ExperimentConfig("moons", DataOptions.defaults().withSamples(200), ActivationSpec.of(family), Sharing.parse(sharing), java.util.List.of(6, 5), t, null, null);
        Experiment e = new Experiment(c);
        new EpochRunner(e).runAll(null);
        assertTorchReproduces(e, SavedModel.capture(e), family + "/" + sharing, 2.5);
    }

    /** The torchortho 0.1.1 parameterisation is exported as such (its basis scaling and gain differ from 0.1.2's). */
    @ParameterizedTest
    @CsvSource({"hermite,neuron", "fourier,layer", "tropical,neuron"})
    void exportedTorchortho011ReproducesTheNetwork(String family, String sharing) throws Exception {
        assumeTrue(torch, "python3 with torch is not available");
        TrainingOptions t = TrainingOptions.defaults().withEpochs(3).withBatch(16).withRates(0.01, 0.02).withSeed(3);
        ExperimentConfig c = new ExperimentConfig("moons", DataOptions.defaults().withSamples(200),
                ActivationSpec.of(family).with("torchortho", "0.1.1"), Sharing.parse(sharing), java.util.List.of(6, 5), t, null, null);
        Experiment e = new Experiment(c);
        new EpochRunner(e).runAll(null);
        assertTorchReproduces(e, SavedModel.capture(e), family + " 0.1.1/" + sharing, 2.5);
    }

    /**
     * After activation surgery (some units of a neuron-shared spline whose grid followed its inputs, or a whole
     * layer-shared dyn layer replaced by closed forms) the exported module writes them as torch expressions, rebuilds
     * each spline on its own grid, and still gives the network's outputs.
     */
    @ParameterizedTest
    @CsvSource({"bspline,neuron", "dyn,layer"})
    void exportedModuleAfterSurgeryReproducesTheNetwork(String family, String sharing) throws Exception {
        assumeTrue(torch, "python3 with torch is not available");
        TrainingOptions t = TrainingOptions.defaults().withEpochs(2).withBatch(16).withRates(0.01, 0.02).withSeed(3);
        // the spline's grid follows its inputs: the export must rebuild each layer on its own grid
        ActivationSpec spec = family.equals("bspline") ? ActivationSpec.of(family).with("grid", "follow") : ActivationSpec.of(family);
        ExperimentConfig c = new ExperimentConfig("moons", DataOptions.defaults().withSamples(200), spec, Sharing.parse(sharing), java.util.List.of(6, 5), t, null, null);
        Experiment e = new Experiment(c);
        new EpochRunner(e).runAll(null);
        org.activationworkbench.symbolic.Formula tanhPlusSin = new org.activationworkbench.symbolic.Formula(java.util.List.of(
                new org.activationworkbench.symbolic.Term(org.activationworkbench.symbolic.Primitive.TANH, 1.1, 0.8, 0.1),
                new org.activationworkbench.symbolic.Term(org.activationworkbench.symbolic.Primitive.SIN, 0.2, 1.5, -0.3)), 0.05);
        org.activationworkbench.symbolic.Formula gauss = org.activationworkbench.symbolic.Formula.of(
                org.activationworkbench.symbolic.Primitive.GAUSS, -0.7, 0.9, 0.2, 0.4);
        boolean neuron = sharing.equals("neuron");
        java.util.List<org.activationworkbench.symbolic.Surgery.Replacement> cut = java.util.List.of(
                new org.activationworkbench.symbolic.Surgery.Replacement(0, neuron ? 1 : -1,
                        new org.activationworkbench.symbolic.Candidate(tanhPlusSin, 1, 0, 0, true)),
                new org.activationworkbench.symbolic.Surgery.Replacement(1, neuron ? 4 : -1,
                        new org.activationworkbench.symbolic.Candidate(gauss, 1, 0, 0, true)));
        SavedModel m = org.activationworkbench.symbolic.Surgery.replace(SavedModel.capture(e), cut);
        m.applyTo(e.network());
        String source = PyTorchExport.source(m);
        assertTrue(source.contains("torch.tanh(") && source.contains("torch.exp(-("), source);
        assertTorchReproduces(e, m, "surgery " + family + "/" + sharing, 2.5);
    }

    /** A CNN (conv blocks, then the MLP part) exported from a .awb's model gives the workbench's outputs in torch. */
    @ParameterizedTest
    @CsvSource({"bspline,neuron", "relu,layer"})
    void exportedCnnReproducesTheNetwork(String family, String sharing) throws Exception {
        assumeTrue(torch, "python3 with torch is not available");
        TrainingOptions t = TrainingOptions.defaults().withEpochs(1).withBatch(64).withRates(0.01, 0.01).withSeed(3);
        ExperimentConfig c = new ExperimentConfig("digits", DataOptions.defaults(), ActivationSpec.of(family), Sharing.parse(sharing), java.util.List.of(16), t, null, null).withConv(java.util.List.of(4, 3));
        EpochRunner r = new EpochRunner(new Experiment(c));
        r.runAll(null);
        Path awb = dir.resolve("cnn.awb");
        WorkbenchFile.save(awb, SavedSession.capture(r));
        SavedModel reopened = WorkbenchFile.open(awb).model();
        assertTorchReproduces(r.experiment(), reopened, "cnn " + family + "/" + sharing, 1.5);
    }

    @ParameterizedTest
    @CsvSource({"hermite,layer,residual,layer", "bspline,neuron,residual,batch", "relu,layer,residual,none",
        "fourier,neuron,residual,layer", "dyn,layer,plain,batch", "prelu,neuron,plain,layer"})
    void exportedModuleReproducesResidualBlocksAndNorms(String family, String sharing, String block, String norm)
            throws Exception {
        assumeTrue(torch, "python3 with torch is not available");
        TrainingOptions t = TrainingOptions.defaults().withEpochs(3).withBatch(16).withRates(0.01, 0.02).withSeed(3);
        java.util.List<Integer> hidden = block.equals("residual") ? java.util.List.of(6, 6, 6) : java.util.List.of(6, 5);
        ExperimentConfig c = new ExperimentConfig("moons", DataOptions.defaults().withSamples(200), ActivationSpec.of(family),
                Sharing.parse(sharing), hidden, t, null, null);
        Architecture arch = new Architecture(EnumText.parse(Architecture.Block.class, block, "block"), EnumText.parse(Architecture.Norm.class, norm, "norm"), 4);
        Experiment e = new Experiment(c.withArchitecture(arch));
        // training moves γ, β and the running statistics off their start
        new EpochRunner(e).runAll(null);
        assertTorchReproduces(e, SavedModel.capture(e), family + "/" + sharing + " " + arch.description(), 2.5);
    }

    /** Runs 64 random inputs (uniform in ±spread) through the network and through the module exported from m. */
    private void assertTorchReproduces(Experiment e, SavedModel m, String label, double spread) throws Exception {
        Path module = dir.resolve("exported_" + label.replaceAll("[^a-z]", "_") + ".py");
        PyTorchExport.write(m, module);

        int rows = 64;
        float[] x = new float[rows * m.inputs()];
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < x.length; i++) x[i] = (float) (spread * (rnd.nextDouble() * 2 - 1));
        float[] y = java.util.Arrays.copyOf(e.network().forward(x, rows), rows * m.outputs());
        Path data = dir.resolve("io.txt");
        StringBuilder sb = new StringBuilder();
        sb.append(rows).append(' ').append(m.inputs()).append(' ').append(m.outputs()).append('\n');
        for (float v : x) sb.append(Double.toString(v)).append('\n');
        for (float v : y) sb.append(Double.toString(v)).append('\n');
        Files.writeString(data, sb);
        Path script = dir.resolve("check.py");
        Files.writeString(script, String.format(Locale.ROOT, """
                import importlib.util, sys, torch
                spec = importlib.util.spec_from_file_location("exported", %s)
                mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
                vals = open(%s).read().split()
                n, i, o = int(vals[0]), int(vals[1]), int(vals[2])
                nums = [float(v) for v in vals[3:]]
                x = torch.tensor(nums[:n * i], dtype=torch.float64).reshape(n, i)
                want = torch.tensor(nums[n * i:], dtype=torch.float64).reshape(n, o)
                net = mod.Net().double()
                with torch.no_grad():
                    got = net(x)
                err = ((got - want).abs() / torch.clamp(want.abs(), min=1.0)).max().item()
                print("max error %%.3g" %% err)
                sys.exit(0 if err <= 1e-5 else 1)
                """, pyString(module), pyString(data)));
        Process p = new ProcessBuilder(PYTHON, script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), label + ": " + out);
    }

    private static String pyString(Path p) {
        return "r'" + p.toAbsolutePath() + "'";
    }
}
