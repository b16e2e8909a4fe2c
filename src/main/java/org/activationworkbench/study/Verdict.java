package org.activationworkbench.study;

/** How a study's measurement compares with the paper's claim, at the scale it was run. */
public enum Verdict {
    REPRODUCED("Reproduced"),
    PARTLY_REPRODUCED("Partly reproduced"),
    NOT_REPRODUCED("Not reproduced");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
