package org.activationworkbench.data;

/**
 * What the user can do about a {@link DatasetException}. The exception keeps the problem and the remedy apart so
 * each interface can give the advice in its own terms: {@link #cliAdvice()} names command-line flags (and makes
 * the exception's message), the window names its controls.
 *
 * @param kind   which fix
 * @param column the column the fix is about (IGNORE_* kinds), else null
 * @param reason why the fix is needed, said before it ("regression needs numbers, so …"), or null
 */
public record Remedy(Kind kind, String column, String reason) {

    public enum Kind {
        /** Fix the bad value or leave the column out. */
        FIX_OR_IGNORE("; "),
        /** Fix the bad value or predict another column. */
        FIX_OR_CHOOSE_TARGET("; "),
        /** Fill the value in or drop the rows with missing values. */
        FILL_OR_DROP_MISSING("; "),
        /** Leave the column out or make it numeric. */
        IGNORE_OR_MAKE_NUMERIC("; "),
        /** Predict another column. */
        CHOOSE_TARGET("; "),
        /** Let the task be inferred, or predict another column. */
        CHANGE_TASK_OR_TARGET("; "),
        /** Dropping rows with missing values dropped them all: fill values in or leave the emptiest columns out. */
        FILL_OR_IGNORE_EMPTIEST(", so "),
        /** Hold out fewer rows for testing. */
        LOWER_TEST_RATIO("; "),
        /** Hold out more rows for testing. */
        RAISE_TEST_RATIO("; ");

        /** What joins the problem and the advice. */
        private final String lead;

        Kind(String lead) {
            this.lead = lead;
        }
    }

    public static Remedy of(Kind kind) {
        return new Remedy(kind, null, null);
    }

    public static Remedy about(Kind kind, String column) {
        return new Remedy(kind, column, null);
    }

    public Remedy because(String why) {
        return new Remedy(kind, column, why);
    }

    /** The advice as the command line gives it. */
    public String cliAdvice() {
        return switch (kind) {
            case FIX_OR_IGNORE -> "fix the value or pass --ignore " + column;
            case FIX_OR_CHOOSE_TARGET -> "fix the value or choose another target with --target NAME";
            case FILL_OR_DROP_MISSING -> "fill it in, or pass --drop-missing to skip rows with missing values";
            case IGNORE_OR_MAKE_NUMERIC -> "pass --ignore " + column + " or turn the column into numbers";
            case CHOOSE_TARGET -> "choose another target with --target NAME";
            case CHANGE_TASK_OR_TARGET -> "drop --task regression or choose another --target";
            case FILL_OR_IGNORE_EMPTIEST ->
                    "--drop-missing leaves nothing; fill in values or --ignore the emptiest columns";
            case LOWER_TEST_RATIO -> "lower --test-ratio or add rows";
            case RAISE_TEST_RATIO -> "raise --test-ratio or add rows";
        };
    }

    /** The whole message: the problem, then the reason (if any) and the advice in some interface's words. */
    public String attach(String problem, String advice) {
        return problem + kind.lead + (reason == null ? "" : reason + ", so ") + advice;
    }
}
