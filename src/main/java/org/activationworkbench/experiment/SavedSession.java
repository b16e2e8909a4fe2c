package org.activationworkbench.experiment;

import java.util.List;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;

/**
 * Everything a workbench file holds: the config, the run history (every metrics row and snapshot), the current
 * weights and activation parameters, and the optimizer and batch-order state to resume training exactly.
 *
 * @param config          the experiment's configuration
 * @param datasetChecksum checksum of the dataset trained on, checked when the run is restored
 * @param metrics         every metrics row so far
 * @param snapshots       every snapshot kept so far
 * @param model           current weights and activation parameters
 * @param training        optimizer state and position in the batch order
 */
public record SavedSession(ExperimentConfig config, String datasetChecksum, List<MetricsRow> metrics,
                             List<Snapshot> snapshots, SavedModel model, TrainingPosition training) {

    public SavedSession {
        metrics = List.copyOf(metrics);
        snapshots = List.copyOf(snapshots);
    }

    /** The state of a run in progress (or finished): its experiment and the history its runner has kept. */
    public static SavedSession capture(EpochRunner runner) {
        return capture(runner.experiment(), runner.rows(), runner.snapshots());
    }

    public static SavedSession capture(Experiment e, List<MetricsRow> metrics, List<Snapshot> snapshots) {
        return new SavedSession(e.config(), e.dataset().checksum(), metrics, snapshots, SavedModel.capture(e),
                TrainingPosition.capture(e.session()));
    }

    /** As {@link #capture(Experiment, List, List)}, with the learning rates in force (the live trainer's) in the config. */
    public static SavedSession capture(Experiment e, double lr, double actLr, List<MetricsRow> metrics,
                                         List<Snapshot> snapshots) {
        ExperimentConfig c = e.config().withTraining(e.config().training().withRates(lr, actLr));
        return new SavedSession(c, e.dataset().checksum(), metrics, snapshots, SavedModel.capture(e).withConfig(c),
                TrainingPosition.capture(e.session()));
    }

    /** Rebuilds the run: loads the dataset by its config, restores weights and optimizer, and continues the history. */
    public EpochRunner restore() {
        return restore(new DatasetRegistry().load(config.dataset(), config.data()));
    }

    /** As {@link #restore()} with the dataset already loaded (it must be the one the run was trained on). */
    public EpochRunner restore(Dataset data) {
        if (datasetChecksum != null && !datasetChecksum.equals(data.checksum())) {
            throw new IllegalArgumentException("dataset " + data.name() + " has changed since the run was saved"
                    + " (checksum differs); the run cannot continue on different data");
        }
        Experiment e = new Experiment(config, data);
        model.restoreInto(e.session());
        training.restore(e.session());
        return new EpochRunner(e, metrics, snapshots);
    }
}
