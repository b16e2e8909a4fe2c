package org.activationworkbench.plot;

import org.activationworkbench.experiment.Histogram;
import java.util.List;
import org.activationworkbench.activation.ActivationView;

/**
 * One activation to plot.
 *
 * @param title     e.g. "layer 1" or "neuron 3"
 * @param current   the shape now (drawn bold)
 * @param initial   the shape at initialisation, drawn as a faint dashed ghost; null for none
 * @param trail     recent shapes, oldest first, drawn fading; may be empty
 * @param histogram the pre-activation histogram shaded behind the curve; null for none
 */
public record ActivationPanel(String title, ActivationView current, ActivationView initial,
                              List<ActivationView> trail, Histogram histogram) {

    public ActivationPanel {
        trail = trail == null ? List.of() : List.copyOf(trail);
    }

    public static ActivationPanel of(String title, ActivationView current) {
        return new ActivationPanel(title, current, null, List.of(), null);
    }
}
