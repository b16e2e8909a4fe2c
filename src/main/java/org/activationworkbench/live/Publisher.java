package org.activationworkbench.live;

import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.PredictionGrid;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.train.Evaluation;
import org.activationworkbench.train.TrainingSession;

/**
 * Evaluation and snapshots for the trainer: a snapshot and a metrics row at every publication (about 30 a second),
 * the test split and the data view's grid as often as they cost at most a tenth of the training time, and a
 * snapshot into the history about ten times a second. Only the training thread uses it.
 */
final class Publisher {

    /** ~30 states a second is plenty for 60 Hz drawing. */
    static final long PUBLISH_NANOS = 33_000_000L;
    private static final long HISTORY_NANOS = 100_000_000L;
    private static final long MIN_EVAL_NANOS = 250_000_000L;
    /** Evaluations and grids may take at most about a tenth of the training time. */
    private static final int OVERHEAD_FACTOR = 10;

    private final Dataset dataset;
    private final RunHistory history;
    private final PredictionGridMaker grids;
    private final GridHistory gridHistory;
    private PredictionGrid grid;
    private long lastPublish;
    private long lastHistory;
    private long nextEval;
    private long nextGrid;
    private long samplesSincePublish;
    private double samplesPerSecond;

    Publisher(Dataset dataset, RunHistory history, GridHistory gridHistory) {
        this.dataset = dataset;
        this.history = history;
        this.grids = new PredictionGridMaker(dataset);
        this.gridHistory = gridHistory;
    }

    /** The state of a fresh run (step 0): evaluated on both splits, into the history as its first row and snapshot. */
    Snapshot initial(Experiment e, double seconds) {
        TrainingSession s = e.session();
        // evaluating the training split also leaves a batch of pre-activations for the first histogram
        Evaluation train = s.evaluate(dataset.train());
        Snapshot raw = e.snapshot(null, seconds);
        Evaluation test = s.evaluate(dataset.test());
        MetricsRow row = new MetricsRow(raw.step(), raw.epoch(), seconds, train.loss(), test.loss(), train.accuracy(),
                test.accuracy());
        Snapshot snap = new Snapshot(raw.step(), raw.epoch(), seconds, row, raw.layers());
        history.addRow(row);
        history.addSnapshot(snap);
        return start(e, snap);
    }

    /** Every clock restarted from a snapshot (a fresh run's first, or a resumed run's last). */
    Snapshot start(Experiment e, Snapshot snap) {
        grid = grids.make(e);
        gridHistory.add(e.session().steps(), grid);
        long now = System.nanoTime();
        lastPublish = now;
        lastHistory = now;
        nextEval = now + MIN_EVAL_NANOS;
        nextGrid = now + MIN_EVAL_NANOS;
        samplesSincePublish = 0;
        samplesPerSecond = 0;
        return snap;
    }

    void trained(int samples) {
        samplesSincePublish += samples;
    }

    boolean due(long now) {
        return now - lastPublish >= PUBLISH_NANOS;
    }

    /**
     * A snapshot now (before any evaluation reuses the network's buffers, so its histogram is the last training
     * batch's), the test split and the grid when due or forced, a metrics row, and into the history when due.
     */
    Snapshot publish(Experiment e, double seconds, boolean playing, boolean forceEval, boolean forceHistory) {
        TrainingSession s = e.session();
        long now = System.nanoTime();
        double dt = (now - lastPublish) / 1e9;
        samplesPerSecond = playing && dt > 0 ? samplesSincePublish / dt : 0;
        samplesSincePublish = 0;
        lastPublish = now;
        Evaluation running = s.takeRunningMetrics();
        Snapshot raw = e.snapshot(null, seconds);
        Evaluation test = new Evaluation(Double.NaN, Double.NaN);
        if (forceEval || now >= nextEval) {
            long t0 = System.nanoTime();
            test = s.evaluate(dataset.test());
            nextEval = System.nanoTime() + Math.max(MIN_EVAL_NANOS, OVERHEAD_FACTOR * (System.nanoTime() - t0));
        }
        if (forceEval || now >= nextGrid) {
            long t0 = System.nanoTime();
            grid = grids.make(e);
            gridHistory.add(s.steps(), grid);
            nextGrid = System.nanoTime() + Math.max(MIN_EVAL_NANOS, OVERHEAD_FACTOR * (System.nanoTime() - t0));
        }
        MetricsRow row = new MetricsRow(raw.step(), raw.epoch(), seconds, running.loss(), test.loss(),
                running.accuracy(), test.accuracy());
        Snapshot snap = new Snapshot(raw.step(), raw.epoch(), seconds, row, raw.layers());
        if (Double.isFinite(row.trainLoss()) || Double.isFinite(row.testLoss())) history.addRow(row);
        if (forceHistory || now - lastHistory >= HISTORY_NANOS) {
            history.addSnapshot(snap);
            lastHistory = now;
        }
        return snap;
    }

    PredictionGrid grid() {
        return grid;
    }

    double samplesPerSecond() {
        return samplesPerSecond;
    }
}
