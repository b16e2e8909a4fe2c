package org.activationworkbench.experiment;

/**
 * What the training thread last published: immutable, replaced wholesale (readers never see half an update).
 *
 * @param version          grows with every publication; equal versions mean nothing changed
 * @param status           paused, playing, diverged (paused by a NaN/Inf loss) or failed
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
 */
public record TrainerState(long version, Status status, Snapshot snapshot, PredictionGrid grid,
                           double samplesPerSecond, double trainingSeconds, String problem, double lr, double actLr,
                           boolean canRollBack, String phase,
                           java.util.List<org.activationworkbench.train.PhaseChange> phaseChanges) {

    public enum Status { PAUSED, PLAYING, DIVERGED, FAILED }

    public boolean playing() {
        return status == Status.PLAYING;
    }
}
