package org.activationworkbench.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.activationworkbench.experiment.Json;
import org.activationworkbench.symbolic.Reading;
import org.activationworkbench.symbolic.ReadingJson;
import org.activationworkbench.symbolic.RunReader;

/**
 * `numbers` as JSON: the model file (model.json, read back by anything that reads it), with each activation layer
 * carrying a {@code symbolic} array: the closed-form reading of its activation, or of each unit's in neuron
 * sharing, with the best {@value #TOP} candidates (see `symbolic`). When no reading can be made (no record of the
 * inputs, a diverged activation) the layer has {@code "symbolic": {"unavailable": reason}} and the rest is written.
 */
final class NumbersJson {

    static final int TOP = 3;

    private NumbersJson() {
    }

    static String json(SavedRun run) throws IOException {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(ModelFile.json(run.model()));
        JsonNode acts = root.get("activations");
        if (!(acts instanceof ArrayNode layers)) return Json.pretty().writeValueAsString(root) + "\n";
        try {
            List<Reading> readings = RunReader.read(run.model(), run.last(), run.info().activation(), RunReader.Request.all());
            for (int l = 0; l < layers.size(); l++) {
                ArrayNode symbolic = ((ObjectNode) layers.get(l)).putArray("symbolic");
                for (Reading r : readings) if (r.layer() == l) symbolic.add(ReadingJson.reading(r, TOP));
            }
        } catch (IllegalArgumentException e) {
            for (JsonNode layer : layers) ((ObjectNode) layer).putObject("symbolic").put("unavailable", e.getMessage());
        }
        return Json.pretty().writeValueAsString(root) + "\n";
    }
}
