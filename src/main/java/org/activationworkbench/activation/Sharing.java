package org.activationworkbench.activation;

/** How an activation's parameters are shared across the units of a layer. */
public enum Sharing {
    /** One parameter vector for every unit of the layer. */
    LAYER,
    /** One parameter vector per unit. */
    NEURON;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Sharing parse(String text) {
        for (Sharing s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) return s;
        }
        throw new IllegalArgumentException("--sharing must be layer or neuron, got '" + text + "'");
    }
}
