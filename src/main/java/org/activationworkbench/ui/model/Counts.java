package org.activationworkbench.ui.model;

/** "1 row", "2 rows", "3 classes": a count with its noun, as the window's labels and messages say it. */
public final class Counts {

    private Counts() {
    }

    public static String of(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
