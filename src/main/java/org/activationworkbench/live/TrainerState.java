package org.activationworkbench.live;

import java.util.List;
import org.activationworkbench.experiment.PredictionGrid;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.train.PhaseChange;

/**
 * What the training thread last published: immutable, replaced wholesale (readers never see half an update).
 *
 * @param version          grows with every publication; equal versions mean nothing changed
 * @param status           paused, playing, diverged, failed or done
 * @param snapshot         the latest snapshot (never null)
 * @param grid             the latest prediction grid for the data view, or null (not 1-/2-D data)
 * @param samplesPerSecond training throughput over the last publication interval (0 when paused)
 * @param trainingSeconds  time spent training since the run started (pauses excluded)
 * @param problem          what went wrong (divergence or failure) in words for the user, else null
 * @param lr               learning rate of the weights in force
 * @param actLr            learning rate of the activation parameters in force (0 = frozen)
 * @param canRollBack      a finite checkpoint exists to roll back to
 * @param phase            the training procedure's current phase ("joint", "weights-only", ...), null before a step
 * @param phaseChanges     every phase change so far (steps of the run): marks on the loss chart
 * @param plannedEpochs    the epochs the run plans (the window pauses there, "done")
 * @param acknowledged     the last command the loop has taken (see {@link Trainer#commandsIssued()})
 */
public record TrainerState(long version, Status status, Snapshot snapshot, PredictionGrid grid,
                           double samplesPerSecond, double trainingSeconds, String problem, double lr, double actLr,
                           boolean canRollBack, String phase, List<PhaseChange> phaseChanges, int plannedEpochs,
                           long acknowledged) {

    /** Paused, playing, paused by a divergence, stopped by an error, or paused at the end of the plan. */
    public enum Status { PAUSED, PLAYING, DIVERGED, FAILED, DONE }

    public boolean playing() {
        return status == Status.PLAYING;
    }
}
