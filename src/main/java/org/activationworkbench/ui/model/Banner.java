package org.activationworkbench.ui.model;

/**
 * A message shown in the window's banner.
 *
 * @param kind           how it is coloured
 * @param text           what happened and what to do, in words (never a stack trace)
 * @param offerRollback  show the "roll back" action (after a divergence)
 */
public record Banner(Kind kind, String text, boolean offerRollback) {

    public enum Kind { INFO, WARNING, ERROR }

    public static Banner info(String text) {
        return new Banner(Kind.INFO, text, false);
    }

    public static Banner error(String text) {
        return new Banner(Kind.ERROR, text, false);
    }
}
