package org.activationworkbench.plot;

import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.SavedModel;

/**
 * What titles, subtitles and metadata of a run's figures need, without the dataset or the network: so a live
 * experiment and a run read back from disk are drawn by the same code.
 */
public record RunInfo(Activation activation, ExperimentConfig config, Sharing sharing, String datasetName,
                      String datasetChecksum) {

    public static RunInfo of(Experiment e) {
        return new RunInfo(e.activation(), e.config(), e.sharing(), e.dataset().name(), e.dataset().checksum());
    }

    /** From a saved model: the activation is rebuilt from the config (the same options give the same family). */
    public static RunInfo of(SavedModel m) {
        Activation a = ActivationRegistry.create(m.config().activation());
        Sharing s = m.activations().isEmpty() ? m.config().sharingFor(a) : m.activations().get(0).sharing();
        return new RunInfo(a, m.config(), s, m.dataset() != null ? m.dataset() : m.config().dataset(),
                m.datasetChecksum());
    }

    public long seed() {
        return config.training().seed();
    }

    /** "2-32-32" style hidden widths. */
    public String hiddenText() {
        StringBuilder sb = new StringBuilder();
        for (int h : config.hidden()) sb.append(sb.length() == 0 ? "" : ",").append(h);
        return sb.toString();
    }
}
