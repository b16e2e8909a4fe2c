package org.activationworkbench.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The optimizers a run can use. Saved files spell them in lower case ("adam"). */
public enum OptimizerType {
    ADAM, ADAMW, SGD;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(OptimizerType::label).toList();
    }

    @JsonCreator
    public static OptimizerType parse(String text) {
        for (OptimizerType t : values()) {
            if (t.label().equalsIgnoreCase(text.trim())) return t;
        }
        throw new IllegalArgumentException("--optimizer must be adam, adamw or sgd, got '" + text + "'");
    }
}
