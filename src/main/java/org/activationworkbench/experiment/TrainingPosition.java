package org.activationworkbench.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.activationworkbench.train.Optimizer;
import org.activationworkbench.train.TrainingSession;

/**
 * Where a training session stands besides its weights: step, epoch and position in the epoch's batch order,
 * and the optimizer's buffers. With the weights this is all a run needs to continue exactly.
 *
 * @param steps          mini-batches trained
 * @param epochsDone     whole epochs trained
 * @param cursor         rows of the current epoch already trained
 * @param optimizer      "adam", "adamw" or "sgd"
 * @param optimizerSteps the optimizer's own step count
 * @param stepCounters   per-parameter step counts (Adam), else empty
 * @param buffers        per buffer name ("m", "v", "velocity"): one array per parameter tensor
 * @param tally          training metrics of the batches since the last metrics row (files from before it had
 *                       none: null, read as empty)
 */
public record TrainingPosition(long steps, int epochsDone, int cursor, String optimizer, long optimizerSteps,
                            long[] stepCounters, Map<String, float[][]> buffers, TrainingSession.RunningTally tally) {

    public TrainingPosition {
        if (tally == null) tally = TrainingSession.RunningTally.EMPTY;
        if (buffers == null) buffers = Map.of();
        if (stepCounters == null) stepCounters = new long[0];
    }

    public static TrainingPosition capture(TrainingSession s) {
        Optimizer o = s.optimizer();
        Map<String, float[][]> copy = new LinkedHashMap<>();
        o.stateBuffers().forEach((name, arrays) -> {
            float[][] c = new float[arrays.length][];
            for (int i = 0; i < arrays.length; i++) c[i] = arrays[i].clone();
            copy.put(name, c);
        });
        return new TrainingPosition(s.steps(), s.epochsDone(), s.cursor(), o.name(), o.steps(), o.stepCounters().clone(),
                copy, s.runningTally());
    }

    /** The same state counted from further along: a session restarted from a checkpoint counts from there. */
    public TrainingPosition shiftedBy(long moreSteps, int moreEpochs) {
        return new TrainingPosition(steps + moreSteps, epochsDone + moreEpochs, cursor, optimizer, optimizerSteps,
                stepCounters, buffers, tally);
    }

    private void restoreBuffers(Map<String, float[][]> live) {
        if (!live.keySet().equals(buffers.keySet())) {
            throw new IllegalArgumentException("optimizer state has buffers " + buffers.keySet() + ", expected "
                    + live.keySet());
        }
        for (Map.Entry<String, float[][]> e : live.entrySet()) {
            float[][] to = e.getValue();
            float[][] from = buffers.get(e.getKey());
            if (from == null || from.length != to.length) {
                throw new IllegalArgumentException("optimizer buffer " + e.getKey() + " does not fit the network");
            }
            for (int i = 0; i < to.length; i++) {
                if (from[i] == null || from[i].length != to[i].length) {
                    throw new IllegalArgumentException("optimizer buffer " + e.getKey() + " does not fit the network");
                }
                for (float v : from[i]) {
                    if (!Float.isFinite(v)) {
                        throw new IllegalArgumentException("optimizer buffer " + e.getKey() + " holds " + v);
                    }
                }
                System.arraycopy(from[i], 0, to[i], 0, to[i].length);
            }
        }
    }

    /** Puts the session (built from the same config, weights already restored) where this state was taken. */
    public void restore(TrainingSession s) {
        Optimizer o = s.optimizer();
        if (!o.name().equals(optimizer)) {
            throw new IllegalArgumentException("the saved optimizer is " + optimizer + ", the config builds " + o.name());
        }
        Map<String, float[][]> live = o.stateBuffers();
        // files written before two-optimizers kept its state have none: its momentum and moments restart from zero
        boolean legacyEmpty = buffers.isEmpty() && stepCounters.length == 0 && optimizer.contains("+");
        if (!legacyEmpty) {
            restoreBuffers(live);
            o.restoreStepCounters(stepCounters);
        }
        o.restoreSteps(optimizerSteps);
        s.restoreProgress(steps, epochsDone, cursor, tally);
    }
}
