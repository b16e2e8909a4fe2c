package org.activationworkbench.activation;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.activationworkbench.core.Option;

/**
 * One family as the `families` listing, the command line, the window's form and saved files see it: its name, its
 * options (declared once, with defaults, ranges and help), and how to build it from checked option values.
 *
 * @param name                  family name ("bspline")
 * @param learnable             false for fixed baselines
 * @param options               the family's options, in display order
 * @param parameterCountFormula e.g. "K per vector (21)"
 * @param description           one line
 * @param factory               builds the activation from checked values
 */
public record FamilyInfo(String name, boolean learnable, List<Option> options, String parameterCountFormula,
                         String description, Function<FamilyValues, Activation> factory) {

    public FamilyInfo {
        options = List.copyOf(options);
    }

    /** The default options in command-line spelling, e.g. "--knots 21 --range -3,3 --init relu". */
    public String defaultOptions() {
        return options.stream().map(o -> o.flag() + " " + o.format(o.defaultValue())).collect(Collectors.joining(" "));
    }

    public java.util.Optional<Option> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
