package org.activationworkbench.data;

import java.util.Optional;

/**
 * A problem with a dataset that the user can fix. The message is shown as "error: " + message, so it
 * starts in lower case, has no trailing period, names the file (and line/column where that applies)
 * and says what to do. When what to do depends on the interface (a flag, a control), the problem and its
 * {@link Remedy} are kept apart: the message gives the command line's advice, {@link #problem()} and
 * {@link #remedy()} let the window word it its own way.
 */
public class DatasetException extends RuntimeException {

    private final String problem;
    private final transient Remedy remedy;

    public DatasetException(String message) {
        super(message);
        this.problem = message;
        this.remedy = null;
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
        this.problem = message;
        this.remedy = null;
    }

    /** A problem the user fixes as {@code remedy} says; the message carries the command line's advice. */
    public DatasetException(String problem, Remedy remedy) {
        super(remedy.attach(problem, remedy.cliAdvice()));
        this.problem = problem;
        this.remedy = remedy;
    }

    /** The message without the advice of {@link #remedy()} (the whole message when there is none). */
    public String problem() {
        return problem;
    }

    public Optional<Remedy> remedy() {
        return Optional.ofNullable(remedy);
    }
}
