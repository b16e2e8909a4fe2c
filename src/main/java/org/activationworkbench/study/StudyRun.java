package org.activationworkbench.study;

import java.util.function.Consumer;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;

/**
 * One training run of a study: a key the study finds it by, the config, the loaded data, and an optional step
 * that changes the freshly built network before training (e.g. a naive activation init).
 */
public record StudyRun(String key, ExperimentConfig config, Dataset data, Consumer<Experiment> prepare) {

    public StudyRun(String key, ExperimentConfig config, Dataset data) {
        this(key, config, data, null);
    }
}
