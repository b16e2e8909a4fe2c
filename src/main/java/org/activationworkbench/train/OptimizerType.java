package org.activationworkbench.train;

import org.activationworkbench.core.EnumText;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** The optimizers a run can use. Saved files spell them in lower case ("adam"). */
public enum OptimizerType {
    ADAM, ADAMW, SGD;

    @JsonValue
    public String label() {
        return EnumText.label(this);
    }

    public static List<String> labels() {
        return EnumText.labels(OptimizerType.class);
    }

    @JsonCreator
    public static OptimizerType parse(String text) {
        return EnumText.parse(OptimizerType.class, text, "--optimizer");
    }
}
