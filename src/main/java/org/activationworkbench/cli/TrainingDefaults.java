package org.activationworkbench.cli;

import org.activationworkbench.data.Dataset;

/**
 * Defaults for options the user left out, by dataset size: small tables and 2-D sets want many quick
 * epochs and a brisk learning rate; image sets want bigger batches and Adam's usual 1e-3.
 */
record TrainingDefaults(int epochs, int batch, double lr) {

    static final int LARGE = 5000;

    static TrainingDefaults forDataset(Dataset data) {
        return data.train().rows() >= LARGE ? new TrainingDefaults(10, 128, 0.001) : new TrainingDefaults(20, 32, 0.01);
    }
}
