package org.activationworkbench.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON configuration of saved runs: NaN as "NaN", unknown fields tolerated (newer minor writers). */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** Compact mapper for large payloads (weights, history). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Indented mapper for files people read (model.json, run.json). */
    public static ObjectMapper pretty() {
        return PRETTY;
    }
}
