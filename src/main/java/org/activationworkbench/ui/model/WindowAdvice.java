package org.activationworkbench.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.core.Option;
import org.activationworkbench.data.DatasetException;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.data.Remedy;

/**
 * A dataset problem's advice in the window's terms: the controls of the Import CSV dialog and the experiment
 * panel instead of the command-line flags that {@link DatasetException#getMessage()} names.
 */
public final class WindowAdvice {

    private WindowAdvice() {
    }

    /**
     * An option's error ("--knots must be between 2 and 1000, got 1") in the form's words ("Knots must be between 2
     * and 1000, got 1."): each flag becomes the label of its row.
     */
    public static String option(String message) {
        List<Option> known = new ArrayList<>();
        ExperimentSchema.all().forEach(st -> known.add(st.option()));
        ActivationRegistry.all().forEach(f -> known.addAll(f.options()));
        known.sort(Comparator.comparingInt((Option o) -> o.name().length()).reversed());
        String m = message;
        for (Option o : known) {
            m = m.replace("option " + o.flag() + " for family ", o.label() + " for ")
                    .replace("option " + o.flag(), o.label()).replace(o.flag(), o.label());
        }
        m = m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return m.endsWith(".") ? m : m + ".";
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
