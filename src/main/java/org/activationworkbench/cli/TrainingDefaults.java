package org.activationworkbench.cli;

import org.activationworkbench.data.Dataset;

/**
 * Defaults for options the user left out, by dataset size. Small tables and 2-D sets want a brisk learning
 * rate and enough epochs for about {@value #SMALL_STEPS} steps (iris has only 4 batches an epoch); image sets
 * want bigger batches and Adam's usual 1e-3.
 */
record TrainingDefaults(int epochs, int batch, double lr) {

    static final int LARGE = 5000;
    static final int SMALL_STEPS = 1500;
    static final int SMALL_BATCH = 32;

    static TrainingDefaults forDataset(Dataset data) {
        int rows = data.train().rows();
        if (rows >= LARGE) return new TrainingDefaults(10, 128, 0.001);
        int stepsPerEpoch = (rows + SMALL_BATCH - 1) / SMALL_BATCH;
        int epochs = Math.max(20, Math.min(500, (SMALL_STEPS + stepsPerEpoch - 1) / stepsPerEpoch));
        return new TrainingDefaults(epochs, SMALL_BATCH, 0.01);
    }
}
