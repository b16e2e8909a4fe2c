package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.train.DivergenceException;
import org.activationworkbench.train.Evaluation;
import org.activationworkbench.train.TrainingSession;

/**
 * Trains an experiment one epoch at a time and keeps its history: a metrics row every ~tenth of an epoch
 * (train loss since the previous row), one with the test metrics at each epoch end, and a snapshot at every
 * epoch boundary (epoch 0 = at init). Epoch-sized slices let a scheduler interleave several runs, and a
 * runner built from a saved history continues exactly where the saved one stopped.
 */
public final class EpochRunner {

    private final Experiment experiment;
    private final List<MetricsRow> rows;
    private final List<Snapshot> snapshots;
    private final double secondsBefore;
    /** Nanoseconds spent inside runEpoch: a run waiting for its turn in a scheduler does not count. */
    private long busyNanos;
    private long epochStart;
    private MetricsRow last;
    private String divergence;

    /** A fresh run: evaluates the untrained network as row and snapshot 0. */
    public EpochRunner(Experiment experiment) {
        this(experiment, List.of(), List.of());
    }

    /**
     * Continues a run whose history (rows, snapshots) is given and whose network and session have been restored
     * to its end. An empty history starts a fresh run.
     */
    public EpochRunner(Experiment experiment, List<MetricsRow> history, List<Snapshot> snapshots) {
        this.experiment = experiment;
        this.rows = new ArrayList<>(history);
        this.snapshots = new ArrayList<>(snapshots);
        if (rows.isEmpty()) {
            TrainingSession s = experiment.session();
            Evaluation test0 = s.evaluate(experiment.dataset().test());
            Evaluation train0 = s.evaluate(experiment.dataset().train());
            MetricsRow first = new MetricsRow(0, 0, 0, train0.loss(), test0.loss(), train0.accuracy(), test0.accuracy());
            rows.add(first);
            this.snapshots.add(experiment.snapshot(first, 0));
            secondsBefore = 0;
        } else {
            secondsBefore = rows.get(rows.size() - 1).seconds();
        }
        last = lastEpochRow();
    }

    public Experiment experiment() {
        return experiment;
    }

    /** True once the configured epochs are trained or the run diverged. */
    public boolean done() {
        return divergence != null || experiment.session().epochsDone() >= experiment.config().training().epochs();
    }

    /** Trains to the end of the current epoch (a whole one from a boundary); false when there was nothing to do. */
    public boolean runEpoch() {
        if (done()) return false;
        TrainingSession session = experiment.session();
        int logEvery = Math.max(1, session.stepsPerEpoch() / 10);
        epochStart = System.nanoTime();
        try {
            do {
                session.step();
                if (!session.atEpochBoundary() && session.steps() % logEvery == 0) {
                    Evaluation run = session.takeRunningMetrics();
                    rows.add(new MetricsRow(session.steps(), session.epochPosition(), seconds(), run.loss(),
                            Double.NaN, run.accuracy(), Double.NaN));
                }
            } while (!session.atEpochBoundary());
            // the procedure finishes (tv2 prunes) before the final snapshot and test evaluation, so both show the
            // network as it leaves the run
            if (session.epochsDone() >= experiment.config().training().epochs()) session.finishProcedure();
        } catch (DivergenceException ex) {
            divergence = ex.getMessage();
            busyNanos += System.nanoTime() - epochStart;
            return false;
        }
        Evaluation run = session.takeRunningMetrics();
        double secs = seconds();
        // histogram from the last training batch, before evaluation reuses the buffers
        Snapshot s = experiment.snapshot(null, secs);
        Evaluation test = session.evaluate(experiment.dataset().test());
        int e = session.epochsDone();
        last = new MetricsRow(session.steps(), e, secs, run.loss(), test.loss(), run.accuracy(), test.accuracy());
        rows.add(last);
        snapshots.add(new Snapshot(s.step(), e, secs, last, s.layers()));
        busyNanos += System.nanoTime() - epochStart;
        return true;
    }

    /** Runs every remaining epoch, reporting each to progress (may be null). */
    public RunResult runAll(Experiment.Progress progress) {
        int epochs = experiment.config().training().epochs();
        while (runEpoch()) {
            if (progress != null) progress.epochEnded(experiment.session().epochsDone(), epochs, last);
        }
        return result();
    }

    public RunResult result() {
        TrainingSession session = experiment.session();
        return new RunResult(List.copyOf(rows), List.copyOf(snapshots), last, secondsSoFar(), divergence,
                session.phaseChanges(), session.procedureReport());
    }

    /** Seconds of training so far, including those before a restore. */
    public double secondsSoFar() {
        return secondsBefore + busyNanos / 1e9;
    }

    public List<MetricsRow> rows() {
        return List.copyOf(rows);
    }

    public List<Snapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    private double seconds() {
        return secondsBefore + (busyNanos + System.nanoTime() - epochStart) / 1e9;
    }

    private MetricsRow lastEpochRow() {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!Double.isNaN(rows.get(i).testLoss()) || rows.get(i).epoch() == 0) return rows.get(i);
        }
        return rows.get(rows.size() - 1);
    }
}
