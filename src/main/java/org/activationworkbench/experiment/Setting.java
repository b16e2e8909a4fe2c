package org.activationworkbench.experiment;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.activationworkbench.core.Option;

/**
 * One option of an experiment tied to where it lives in the config: its declaration (name, bounds, help), how to
 * read it from a config and how to make a config with another value. The command line's flags and the window's form
 * rows are made from these.
 *
 * @param option  the declaration
 * @param group   where the window shows it
 * @param get     its value in a config
 * @param set     a config with another value (already checked against the declaration)
 * @param applies whether it means anything for a config (momentum only for SGD, tv2 only for that procedure)
 * @param live    true when a running experiment can take a new value without a new network
 */
public record Setting(Option option, Group group, Function<ExperimentConfig, Object> get,
                      BiFunction<ExperimentConfig, Object, ExperimentConfig> set, Predicate<ExperimentConfig> applies,
                      boolean live) {

    /** Where a setting sits in the window's form. */
    public enum Group { DATA, NETWORK, TRAINING, PROCEDURE }

    public String name() {
        return option.name();
    }

    /**
     * The config with this setting at {@code value}, checked against the declaration first. Null goes back to the
     * default for settings whose default depends on something else (sharing: the family's; task: guessed).
     */
    public ExperimentConfig apply(ExperimentConfig c, Object value) {
        if (value == null && option.defaultValue() == null) return set.apply(c, null);
        return set.apply(c, option.check(value));
    }
}
