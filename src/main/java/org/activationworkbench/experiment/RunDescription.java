package org.activationworkbench.experiment;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Dataset;

/**
 * What the window may know of a run besides its snapshots: its config, its data and the activation it was built
 * with. Immutable and free of the live network, so any thread can read it, and the same after a reset or a roll-back.
 * (Snapshots carry the activation of their own moment: grid refinement swaps in one with more knots.)
 *
 * @param config     the experiment's config
 * @param dataset    the data it trains on (read-only)
 * @param activation the activation as built from the config
 * @param sharing    layer or neuron, as in force
 */
public record RunDescription(ExperimentConfig config, Dataset dataset, Activation activation, Sharing sharing) {

    public boolean classification() {
        return dataset.task() == org.activationworkbench.data.Task.CLASSIFICATION;
    }
}
