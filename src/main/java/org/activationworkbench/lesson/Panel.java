package org.activationworkbench.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of the window a step can show or hide, by the names a lesson file uses. The window's focus toggle maps
 * each to its views.
 */
public enum Panel {
    /** The experiment form on the left (dataset, family, options, procedure). */
    FORM("form"),
    /** Play/pause, step, reset and the speed control. */
    TRANSPORT("transport"),
    /** The activation panels, one per hidden layer (or per neuron). */
    ACTIVATIONS("activations"),
    /** dynActivation's and PReLU's α/β (a) trajectory plot under the activation panels. */
    TRAJECTORY("trajectory"),
    /** The loss and accuracy curves. */
    CURVES("curves"),
    /** The data view: decision regions, or the fitted function for 1-D data. */
    DATA("data"),
    /** The timeline scrubber at the bottom. */
    TIMELINE("timeline");

    private final String key;

    Panel(String key) {
        this.key = key;
    }

    /** The name a lesson file uses. */
    public String key() {
        return key;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Panel::key).toList();
    }

    public static Optional<Panel> find(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.key.equals(k)).findFirst();
    }
}
