package org.activationworkbench.data;

/** What a dataset asks of a network. */
public enum Task {
    CLASSIFICATION, REGRESSION;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
