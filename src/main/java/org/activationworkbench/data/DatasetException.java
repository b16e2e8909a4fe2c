package org.activationworkbench.data;

/**
 * A problem with a dataset that the user can fix. The message is shown as "error: " + message, so it
 * starts in lower case, has no trailing period, names the file (and line/column where that applies)
 * and says what to do.
 */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
