package org.activationworkbench.study;

/**
 * How a study's measurement compares with the paper's claim, at the scale it was run. {@link VerdictRule} says
 * which one a set of numbers earns.
 */
public enum Verdict {
    REPRODUCED("Reproduced"),
    PARTLY_REPRODUCED("Partly reproduced"),
    /** The measured gap lies within the seeds' spread: these runs cannot tell. */
    INCONCLUSIVE("Inconclusive"),
    NOT_REPRODUCED("Not reproduced");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
