package org.activationworkbench.experiment;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.train.TrainingOptions;

/**
 * Everything that defines one experiment; saved as JSON in run.json and workbench files.
 *
 * @param dataset    registry name or path
 * @param data       dataset options (samples, noise, seed, test ratio, CSV options)
 * @param activation family and its options
 * @param sharing    layer or neuron; null = the family's default
 * @param hidden     hidden layer widths
 * @param training   optimizer, learning rates, epochs, batch, seed ...
 */
public record ExperimentConfig(String dataset, DataOptions data, ActivationSpec activation, Sharing sharing,
                               int[] hidden, TrainingOptions training) {

    /** The sharing mode in force: the one given, or the family's default. */
    public Sharing sharingFor(Activation a) {
        return sharing != null ? sharing : a.defaultSharing();
    }
}
