package org.activationworkbench.live;

import java.util.List;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.nn.Parameter;

/**
 * The last moment the run was entirely finite: every parameter copied, with the step, epoch and batch position it
 * was taken at. A roll-back after a divergence starts again from here. Only the training thread uses it.
 */
final class Checkpoint {

    private float[][] values;
    private long step;
    private int epochsDone;
    private int cursor;
    private long takenAt;

    /** Copies the parameters when all are finite (else keeps the previous checkpoint). */
    void take(Experiment e, long now) {
        List<Parameter> ps = e.network().parameters();
        float[][] copy = new float[ps.size()][];
        for (int i = 0; i < ps.size(); i++) {
            float[] v = ps.get(i).value();
            for (float f : v) if (!Float.isFinite(f)) return;
            copy[i] = v.clone();
        }
        values = copy;
        step = e.session().steps();
        epochsDone = e.session().epochsDone();
        cursor = e.session().cursor();
        takenAt = now;
    }

    boolean exists() {
        return values != null;
    }

    long step() {
        return step;
    }

    long takenAt() {
        return takenAt;
    }

    /** Puts the checkpoint into a fresh experiment of the same config (a new optimizer, its state at zero). */
    void restoreInto(Experiment fresh) {
        List<Parameter> ps = fresh.network().parameters();
        for (int i = 0; i < ps.size(); i++) System.arraycopy(values[i], 0, ps.get(i).value(), 0, values[i].length);
        fresh.session().restoreProgress(step, epochsDone, cursor,
                org.activationworkbench.train.TrainingSession.RunningTally.EMPTY);
    }
}
