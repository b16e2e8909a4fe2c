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
        return TrainingOptions.defaults().withEpochs(epochs).withBatch(batch).withRates(lr, lr).withClip(clip)
                .withSeed(seed);
    }

    static ExperimentConfig config(String dataset, DataOptions data, ActivationSpec spec, Sharing sharing, int[] hidden,
                                   TrainingOptions training) {
        return new ExperimentConfig(dataset, data, spec, sharing, java.util.Arrays.stream(hidden).boxed().toList(),
                training, null, null);
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
        return ActivationSpec.of("dyn").with("base", base);
    }

    static ActivationSpec degree(String family, int degree) {
        return ActivationSpec.of(family).with("degree", degree);
    }

    /** "relu", "dyn(mish)", "slaf d3": how reports and legends name a spec. */
    static String label(ActivationSpec s) {
        if ("dyn".equals(s.family())) return "dyn(" + s.options().get("base") + ")";
        Object degree = s.options().get("degree");
        boolean byDefault = ActivationSpec.of(s.family()).options().get("degree") == degree
                || degree != null && degree.equals(ActivationSpec.of(s.family()).options().get("degree"));
        return degree != null && !byDefault ? s.family() + " d" + degree : s.family();
    }
}
