package org.activationworkbench.ui;

/**
 * A message shown in the window's banner.
 *
 * @param kind           how it is coloured
 * @param text           what happened and what to do, in words (never a stack trace)
 * @param offerRollback  show the "roll back" action (after a divergence)
 */
record Banner(Kind kind, String text, boolean offerRollback) {

    enum Kind { INFO, WARNING, ERROR }

    static Banner info(String text) {
        return new Banner(Kind.INFO, text, false);
    }

    static Banner error(String text) {
        return new Banner(Kind.ERROR, text, false);
    }
}
