package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.export.ModelFile;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.train.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --block and --norm are experiment settings: `train` takes them, run.json and model.json keep them, and the saved
 * model reopens as the same network (BatchNorm's running statistics included) with the test accuracy the run
 * reported.
 */
class ArchitectureOptionsCliTest {

    @TempDir
    Path dir;

    @Test
    void blockAndNormRoundTripThroughTheRunFolder() throws Exception {
        Path out = dir.resolve("run");
        CliTest.Result r = run("train", "--dataset", "moons", "--family", "hermite", "--hidden", "8,8,8",
                "--block", "residual", "--norm", "batch", "--epochs", "3", "--seed", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("residual pre-BatchNorm"), r.out());

        JsonNode runJson = org.activationworkbench.experiment.Json.mapper().readTree(out.resolve("run.json").toFile());
        ExperimentConfig fromRun = org.activationworkbench.experiment.Json.mapper()
                .treeToValue(runJson.path("config"), ExperimentConfig.class);
        Architecture want = new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.BATCH);
        assertEquals(want, fromRun.architecture());

        SavedModel m = ModelFile.read(out.resolve("model.json"));
        assertEquals(SavedModel.FORMAT, m.format());
        assertEquals(want, m.architecture());
        assertEquals(fromRun, m.config());
        assertEquals(4, m.norms().size(), "one norm per block and the final one");

        // reopened: the same network, so the same test accuracy as the run's last row
        Experiment reopened = new Experiment(m.config());
        m.applyTo(reopened.network());
        Evaluation test = reopened.session().evaluate(reopened.dataset().test());
        double reported = runJson.path("final").path("testAccuracy").asDouble(Double.NaN);
        assertEquals(reported, test.accuracy(), 1e-9, "run.json: " + runJson.path("final"));

        Path py = dir.resolve("net.py");
        assertEquals(0, run("export", "--run", out.toString(), "--what", "pytorch", "--out", py.toString()).code());
        assertTrue(Files.readString(py).contains("BLOCK = \"residual\""));
    }

    @Test
    void plainRunsSayPlainAndBadValuesAreOneLine() throws Exception {
        Path out = dir.resolve("plain");
        assertEquals(0, run("train", "--dataset", "xor", "--family", "relu", "--hidden", "4", "--epochs", "1",
                "--out", out.toString()).code());
        assertEquals(Architecture.PLAIN, ModelFile.read(out.resolve("model.json")).architecture());
        assertEquals(SavedModel.CLASSIC_FORMAT, ModelFile.read(out.resolve("model.json")).format());

        assertUserError(run("train", "--dataset", "xor", "--family", "relu", "--block", "dense", "--out",
                dir.resolve("x").toString()), "--block");
        assertUserError(run("train", "--dataset", "xor", "--family", "relu", "--norm", "group", "--out",
                dir.resolve("x").toString()), "--norm");
        assertUserError(run("train", "--dataset", "xor", "--family", "relu", "--block", "residual", "--hidden", "8,4",
                "--out", dir.resolve("x").toString()), "every width must be the same");
    }
}
