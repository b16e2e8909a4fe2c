package org.activationworkbench.lesson;

/**
 * What is wrong with a lesson, with where: the message reads "FILE:LINE:COLUMN: what is wrong", ready for the command
 * line's "error: " line and the window's message.
 */
public final class LessonException extends IllegalArgumentException {

    private final transient Where where;
    private final String problem;

    public LessonException(Where where, String problem) {
        super(where.prefix() + ": " + problem);
        this.where = where;
        this.problem = problem;
    }

    public Where where() {
        return where;
    }

    /** The message without the place. */
    public String problem() {
        return problem;
    }
}
