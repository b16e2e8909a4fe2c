package org.activationworkbench.core;

/** A value an option does not accept; the message names the option and what it accepts, ready for "error: ". */
public final class OptionException extends IllegalArgumentException {

    public OptionException(String message) {
        super(message);
    }
}
