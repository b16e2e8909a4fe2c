package org.activationworkbench.activation;

import java.util.function.Function;

/**
 * One line of the `families` listing, plus how to build the family from a spec.
 *
 * @param name          family name ("bspline")
 * @param learnable     false for fixed baselines
 * @param defaultOptions default options in CLI spelling, e.g. "--knots 21 --range -3,3 --init relu"
 * @param parameterCountFormula e.g. "K (knots) per vector"
 * @param description   one line
 * @param factory       builds the activation from a spec (validates options; throws IllegalArgumentException
 *                      with a message naming the option)
 */
public record FamilyInfo(String name, boolean learnable, String defaultOptions, String parameterCountFormula,
                         String description, Function<ActivationSpec, Activation> factory) {
}
