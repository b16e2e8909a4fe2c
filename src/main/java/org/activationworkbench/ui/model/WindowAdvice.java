package org.activationworkbench.ui.model;

import org.activationworkbench.data.DatasetException;
import org.activationworkbench.data.Remedy;

/**
 * A dataset problem's advice in the window's terms: the controls of the Import CSV dialog and the experiment
 * panel instead of the command-line flags that {@link DatasetException#getMessage()} names.
 */
final class WindowAdvice {

    private WindowAdvice() {
    }

    static String message(DatasetException e) {
        return e.remedy().map(r -> r.attach(e.problem(), advice(r))).orElse(e.getMessage());
    }

    static String advice(Remedy r) {
        return switch (r.kind()) {
            case FIX_OR_IGNORE -> "fix the value, or tick '" + r.column() + "' under Ignore";
            case FIX_OR_CHOOSE_TARGET -> "fix the value, or choose another Target";
            case FILL_OR_DROP_MISSING -> "fill it in, or tick 'Drop rows with missing values'";
            case IGNORE_OR_MAKE_NUMERIC -> "tick '" + r.column() + "' under Ignore, or turn the column into numbers";
            case CHOOSE_TARGET -> "choose another Target";
            case CHANGE_TASK_OR_TARGET -> "set Task to automatic or classification, or choose another Target";
            case FILL_OR_IGNORE_EMPTIEST -> "dropping those rows leaves nothing; fill in values, or tick the emptiest"
                    + " columns under Ignore";
            case LOWER_TEST_RATIO -> "lower the Test ratio or add rows";
            case RAISE_TEST_RATIO -> "raise the Test ratio or add rows";
        };
    }
}
