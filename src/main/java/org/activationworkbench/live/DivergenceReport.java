package org.activationworkbench.live;

import java.util.List;
import java.util.Locale;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.Parameter;
import org.activationworkbench.train.DivergenceException;
import org.activationworkbench.train.LearningRates;

/** Turns a divergence into a sentence for the user: where it happened and which parameter blew up first. */
final class DivergenceReport {

    private DivergenceReport() {
    }

    static String describe(Experiment e, DivergenceException ex, LearningRates rates) {
        Network net = e.network();
        String culprit = "the loss itself";
        List<ActivationLayer> acts = net.activationLayers();
        for (int li = 0; li < acts.size() && culprit.startsWith("the loss"); li++) {
            Parameter p = acts.get(li).parameter();
            int i = p == null ? -1 : p.firstNonFinite();
            if (i >= 0) culprit = "first non-finite value in " + activationParameter(e.activation(), acts.get(li), li, i);
        }
        if (culprit.startsWith("the loss")) {
            culprit = net.parameters().stream().filter(p -> p.firstNonFinite() >= 0).findFirst()
                    .map(p -> "first non-finite value in the weights " + p.name()).orElse(culprit);
        }
        if (culprit.startsWith("the loss")) culprit = largestActivationParameter(e);
        return String.format(Locale.ROOT, "Training diverged at step %d: the loss %s; %s (learning rates: "
                + "weights %s, activations %s).", ex.step(), ex.lossEvent(), culprit, fmt(rates.weights()),
                fmt(rates.activations()));
    }

    /** With every parameter still finite: the activation parameter that grew largest, where the blow-up shows. */
    private static String largestActivationParameter(Experiment e) {
        List<ActivationLayer> acts = e.network().activationLayers();
        double biggest = -1;
        String where = "every parameter is still finite: the outputs overflowed";
        for (int li = 0; li < acts.size(); li++) {
            Parameter p = acts.get(li).parameter();
            if (p == null) continue;
            float[] v = p.value();
            for (int i = 0; i < v.length; i++) {
                if (Math.abs(v[i]) > biggest) {
                    biggest = Math.abs(v[i]);
                    where = "largest activation parameter: " + activationParameter(e.activation(), acts.get(li), li, i)
                            + " = " + fmt(v[i]);
                }
            }
        }
        return where;
    }

    private static String activationParameter(Activation a, ActivationLayer layer, int li, int index) {
        int p = a.parameterCount();
        String name = p > 0 && index % p < a.parameterNames().size() ? a.parameterNames().get(index % p) : "#" + index;
        String where = layer.vectors() > 1 ? ", neuron " + (index / p + 1) : "";
        return "hidden layer " + (li + 1) + "'s " + a.family() + " activation (parameter " + name + where + ")";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
