package org.activationworkbench.study;

import java.util.Arrays;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.train.TrainingOptions;

/** The few ways studies build configs: Adam, one learning rate for weights and activations, a fixed seed. */
final class Recipes {

    private Recipes() {
    }

    static TrainingOptions adam(int epochs, int batch, double lr, long seed, double clip) {
        return new TrainingOptions(epochs, batch, lr, lr, "adam", 0.9, false, 0, 0, clip, seed);
    }

    static ExperimentConfig config(String dataset, DataOptions data, ActivationSpec spec, Sharing sharing, int[] hidden,
                                   TrainingOptions training) {
        return new ExperimentConfig(dataset, data, spec, sharing, hidden, training);
    }

    /** depth hidden layers of the same width. */
    static int[] layers(int depth, int width) {
        int[] h = new int[depth];
        Arrays.fill(h, width);
        return h;
    }

    static ActivationSpec family(String name) {
        return ActivationSpec.of(name);
    }

    static ActivationSpec dyn(String base) {
        return new ActivationSpec("dyn", null, null, null, base, null, null);
    }

    static ActivationSpec degree(String family, int degree) {
        return new ActivationSpec(family, degree, null, null, null, null, null);
    }

    /** "relu", "dyn(mish)", "slaf d3": how reports and legends name a spec. */
    static String label(ActivationSpec s) {
        if ("dyn".equals(s.family())) return "dyn(" + (s.base() == null ? "relu" : s.base()) + ")";
        if (s.degree() != null) return s.family() + " d" + s.degree();
        return s.family();
    }
}
