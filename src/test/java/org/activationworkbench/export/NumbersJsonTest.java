package org.activationworkbench.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.export.RunExporter.Format;
import org.activationworkbench.export.RunExporter.What;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `numbers` as JSON: still the model file, now with each layer's closed-form reading. */
class NumbersJsonTest {

    @TempDir
    Path dir;

    @Test
    void everyLayerAndUnitCarriesItsReadingAndTheModelStillReadsBack() throws Exception {
        Experiment e = new Experiment(TestRuns.config("moons", "bspline", Sharing.NEURON, 2, "adam", 0));
        RunResult r = e.run(null);
        Path run = dir.resolve("run");
        RunFiles.write(run, e, r);
        SavedRun saved = SavedRun.open(run);
        Path out = dir.resolve("numbers.json");
        RunExporter.export(saved, RunExporter.Request.of(What.NUMBERS, Format.JSON, out));

        SavedModel back = ModelFile.read(out);
        assertArrayEquals(saved.model().dense().get(0).weights(), back.dense().get(0).weights(), "bit-identical weights");
        JsonNode layers = Json.mapper().readTree(Files.readString(out)).get("activations");
        int[] widths = {8, 6};
        for (int l = 0; l < 2; l++) {
            JsonNode symbolic = layers.get(l).get("symbolic");
            assertEquals(widths[l], symbolic.size(), "one reading per unit in neuron sharing");
            JsonNode first = symbolic.get(0);
            assertEquals(l + 1, first.get("layer").asInt());
            assertEquals(1, first.get("unit").asInt());
            JsonNode best = first.get("candidates").get(0);
            assertTrue(best.get("r2").asDouble() > 0.5, best.toString());
            assertTrue(best.get("torch").asText().contains("x"), best.toString());
            assertEquals(NumbersJson.TOP, first.get("candidates").size());
        }
    }
}
