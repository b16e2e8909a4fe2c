package org.activationworkbench.experiment;

import java.util.List;
import org.activationworkbench.train.PhaseChange;
import org.activationworkbench.train.ProcedureReport;

/**
 * What a finished headless run leaves: every metrics row, the snapshots at each epoch boundary
 * (epoch 0 = at init), the final evaluation, the procedure's phase changes and its closing report.
 */
public record RunResult(List<MetricsRow> metrics, List<Snapshot> epochSnapshots, MetricsRow last,
                        double seconds, String divergence, List<PhaseChange> phases, ProcedureReport procedure) {

    public RunResult {
        phases = phases == null ? List.of() : List.copyOf(phases);
        if (procedure == null) procedure = ProcedureReport.NONE;
    }

    public RunResult(List<MetricsRow> metrics, List<Snapshot> epochSnapshots, MetricsRow last, double seconds,
                     String divergence) {
        this(metrics, epochSnapshots, last, seconds, divergence, null, null);
    }

    public boolean diverged() {
        return divergence != null;
    }
}
