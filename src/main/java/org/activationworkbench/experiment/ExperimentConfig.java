package org.activationworkbench.experiment;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.train.ProcedureOptions;
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
 * @param conv       channels of the conv blocks before the dense layers (image datasets); empty = an MLP
 * @param procedure  the training procedure and its settings; null = joint
 */
public record ExperimentConfig(String dataset, DataOptions data, ActivationSpec activation, Sharing sharing,
                               int[] hidden, TrainingOptions training, int[] conv, ProcedureOptions procedure) {

    public ExperimentConfig {
        if (conv == null) conv = new int[0];
        if (procedure == null) procedure = ProcedureOptions.defaults();
    }

    /** An MLP trained jointly (the configuration before conv layers and procedures existed). */
    public ExperimentConfig(String dataset, DataOptions data, ActivationSpec activation, Sharing sharing,
                            int[] hidden, TrainingOptions training) {
        this(dataset, data, activation, sharing, hidden, training, null, null);
    }

    /** The sharing mode in force: the one given, or the family's default. */
    public Sharing sharingFor(Activation a) {
        return sharing != null ? sharing : a.defaultSharing();
    }

    public ExperimentConfig withConv(int[] channels) {
        return new ExperimentConfig(dataset, data, activation, sharing, hidden, training, channels, procedure);
    }

    public ExperimentConfig withProcedure(ProcedureOptions p) {
        return new ExperimentConfig(dataset, data, activation, sharing, hidden, training, conv, p);
    }
}
