package org.activationworkbench.experiment;

import java.util.List;

/**
 * What a finished headless run leaves: every metrics row, the snapshots at each epoch boundary
 * (epoch 0 = at init), and the final evaluation.
 */
public record RunResult(List<MetricsRow> metrics, List<Snapshot> epochSnapshots, MetricsRow last,
                        double seconds, String divergence) {

    public boolean diverged() {
        return divergence != null;
    }
}
