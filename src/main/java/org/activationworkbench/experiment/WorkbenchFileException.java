package org.activationworkbench.experiment;

import java.io.IOException;

/** A workbench file that cannot be opened; the message names the file, what is wrong and what to do. */
public final class WorkbenchFileException extends IOException {

    public WorkbenchFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
