package org.activationworkbench.lesson;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.Snapshot;

/**
 * What an end condition sees of a run at one moment: where it is, its test metrics (NaN when not measured there or
 * for regression's accuracy), whether it diverged, and every activation layer's parameters by name.
 *
 * @param step         mini-batches trained
 * @param epoch        epochs trained (2.5 = halfway through the third)
 * @param testLoss     loss on the test split
 * @param testAccuracy accuracy on the test split
 * @param diverged     the run stopped on a divergence
 * @param layers       the activation layers, first hidden layer first
 */
public record Reading(long step, double epoch, double testLoss, double testAccuracy, boolean diverged,
                      List<Layer> layers) {

    /** One activation layer: its parameter names (one vector's) and values, vector after vector. */
    public record Layer(List<String> names, int vectors, double[] params) {

        /** The named parameter of vector {@code v} (from 0), or NaN when the layer has no such parameter. */
        public double value(String name, int v) {
            int i = names.indexOf(name);
            if (i < 0 || v >= vectors) return Double.NaN;
            return params[v * names.size() + i];
        }
    }

    public Reading {
        layers = List.copyOf(layers);
    }

    /**
     * The reading of a snapshot; {@code activation} names the parameters of layers whose snapshot does not carry its
     * own activation (the run's).
     */
    public static Reading of(Snapshot s, Activation activation, boolean diverged) {
        List<Layer> layers = new ArrayList<>();
        for (LayerSnapshot l : s.layers()) {
            Activation a = l.activationOr(activation);
            layers.add(new Layer(a.parameterNames(), l.vectors(), l.params()));
        }
        double loss = s.metrics() == null ? Double.NaN : s.metrics().testLoss();
        double accuracy = s.metrics() == null ? Double.NaN : s.metrics().testAccuracy();
        return new Reading(s.step(), s.epoch(), loss, accuracy, diverged, layers);
    }
}
