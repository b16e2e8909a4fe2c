package org.activationworkbench.activation;

/**
 * Option validation for the families whose only option is --degree (hermite, fourier, slaf) or that
 * take no option at all (rational). Messages are shown verbatim after "error: ".
 */
final class DegreeOptions {

    private DegreeOptions() {
    }

    /** The --degree to use: the given one within [1, max], or the default; other options are rejected. */
    static int degree(ActivationSpec spec, String family, int defaultDegree, int max) {
        rejectAllBut(spec, family, true);
        if (spec.degree() == null) return defaultDegree;
        int d = spec.degree();
        if (d < 1 || d > max) {
            throw new IllegalArgumentException("option --degree for family " + family
                    + " must be between 1 and " + max + ", got " + d);
        }
        return d;
    }

    /** For families with no options: every option given is an error. */
    static void none(ActivationSpec spec, String family) {
        rejectAllBut(spec, family, false);
    }

    private static void rejectAllBut(ActivationSpec spec, String family, boolean degreeApplies) {
        if (!degreeApplies && spec.degree() != null) reject("--degree", family);
        if (spec.knots() != null) reject("--knots", family);
        if (spec.range() != null) reject("--range", family);
        if (spec.base() != null) reject("--base", family);
        if (spec.init() != null) reject("--init", family);
    }

    private static void reject(String option, String family) {
        throw new IllegalArgumentException("option " + option + " does not apply to family " + family);
    }
}
