package org.activationworkbench.symbolic;

import java.util.List;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.Snapshot;

/** The inputs of each activation of a run, from the replayed training data or the recorded histograms. */
final class InputSource {

    private final PreActivations data;
    private final String fallbackReason;

    private InputSource(PreActivations data, String fallbackReason) {
        this.data = data;
        this.fallbackReason = fallbackReason;
    }

    /**
     * Decides where the inputs come from, failing with the reason when the requested source is not there: the data
     * cannot be replayed (DATA), or a selected layer has no histogram (HISTOGRAM, or AUTO when replay fails).
     */
    static InputSource of(SavedModel model, Snapshot last, RunReader.Inputs mode, List<Integer> layers) {
        PreActivations data = null;
        String reason = null;
        if (mode != RunReader.Inputs.HISTOGRAM) {
            try {
                data = PreActivations.of(model);
            } catch (RuntimeException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (mode == RunReader.Inputs.DATA) {
                    throw new IllegalArgumentException("--inputs data: " + reason, e);
                }
            }
        }
        if (data == null) {
            for (int l : layers) {
                LayerSnapshot s = last.layers().get(l);
                if (s.histogram() == null || InputDistribution.of(s.histogram(), "") == null) {
                    throw new IllegalArgumentException("no record of the inputs of hidden layer " + (l + 1) + ": "
                            + (reason != null ? reason + ", and " : "")
                            + "the run keeps no pre-activation histogram for it (a train folder keeps none; a .awb file does)");
                }
            }
        }
        return new InputSource(data, reason);
    }

    /** Why the data could not be replayed, or null when it was (or not asked for). */
    String fallbackReason() {
        return fallbackReason;
    }

    /** The inputs of one activation: unit u's own (neuron sharing) or the layer's (u = −1). */
    InputDistribution inputs(LayerSnapshot s, int unit) {
        if (data != null) {
            float[] v = data.layer(s.layer());
            int count = data.rows() * s.units();
            InputDistribution d = unit < 0 ? InputDistribution.of(v, count, 0, 1, data.source())
                    : InputDistribution.of(v, count, unit, s.units(), data.source());
            if (d != null) return d;
        }
        if (s.histogram() == null) {
            throw new IllegalArgumentException("hidden layer " + (s.layer() + 1) + (unit < 0 ? "" : ", unit " + (unit + 1))
                    + " received no finite input");
        }
        return InputDistribution.of(s.histogram(), "pre-activation histogram of the layer's last batch"
                + (fallbackReason != null ? " (the training data could not be replayed: " + fallbackReason + ")" : ""));
    }
}
