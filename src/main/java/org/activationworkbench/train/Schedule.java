package org.activationworkbench.train;

import org.activationworkbench.core.EnumText;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * How the learning rates move over the planned epochs: constant, or down to 0 along a half cosine (which settles
 * the final weights). Saved files spell them in lower case.
 */
public enum Schedule {
    CONSTANT, COSINE;

    @JsonValue
    public String label() {
        return EnumText.label(this);
    }

    public static List<String> labels() {
        return EnumText.labels(Schedule.class);
    }

    @JsonCreator
    public static Schedule parse(String text) {
        return EnumText.parse(Schedule.class, text, "--schedule");
    }

    /** Factor on the learning rates at a point of the run (epochs done, a real number) of {@code epochs} planned. */
    public double factor(double epochPosition, int epochs) {
        if (this != COSINE || epochs <= 0) return 1.0;
        double t = Math.min(1.0, epochPosition / epochs);
        return 0.5 * (1 + Math.cos(Math.PI * t));
    }
}
