package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.nn.Parameter;
import org.activationworkbench.nn.ParameterGroup;
import org.activationworkbench.train.DivergenceException;
import org.activationworkbench.train.Evaluation;
import org.activationworkbench.train.PhaseChange;
import org.activationworkbench.train.TrainingOptions;
import org.activationworkbench.train.TrainingSession;

/**
 * The background training loop of the window. It alone owns the network: commands (play, pause, step,
 * reset, learning rates, speed, roll back) arrive through a queue and run between steps; results leave as
 * an immutable {@link TrainerState} through an {@link AtomicReference} (a slow reader skips states, it never
 * queues them) and as snapshots and metrics rows appended to a bounded {@link RunHistory}.
 */
public final class Trainer implements AutoCloseable {

    /** Unthrottled: as many steps per second as the machine gives. */
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;

    private static final long PUBLISH_NANOS = 33_000_000L;     // ~30 states a second is plenty for 60 Hz drawing
    private static final long HISTORY_NANOS = 100_000_000L;
    private static final long CHECKPOINT_NANOS = 500_000_000L;
    private static final long MIN_EVAL_NANOS = 250_000_000L;
    /** Evaluations and grids may take at most about a tenth of the training time. */
    private static final int OVERHEAD_FACTOR = 10;
    private static final int GRID_2D = 96;
    private static final int GRID_1D = 240;
    private static final int CHUNK = 1024;

    private final Dataset dataset;
    private final ExperimentConfig baseConfig;
    private final RunHistory history;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<TrainerState> state = new AtomicReference<>();
    private final Thread thread;
    private final double[] inputBox;

    // ---- owned by the training thread ----
    private Experiment experiment;
    private boolean playing;
    private int pendingSteps;
    private double lr;
    private double actLr;
    private double speed = MAX_SPEED;
    private long stepOffset;
    private double epochOffset;
    private double trainingSeconds;
    private long version;
    private TrainerState.Status status = TrainerState.Status.PAUSED;
    private String problem;
    private float[][] checkpoint;
    private long checkpointStep;
    private double checkpointEpoch;
    private long samplesSincePublish;
    private double samplesPerSecond;
    private long lastPublish;
    private long lastHistory;
    private long lastCheckpoint;
    private long nextEval;
    private long nextGrid;
    private long nextStepAt;
    private volatile boolean closed;
    private PredictionGrid grid;
    /** The group multipliers the procedure chose at build time; live rates scale these (joint-scaled keeps its ×). */
    private double weightMultiplier;
    private double activationMultiplier;
    /** Set when the run continues a saved one: the history already holds its rows and snapshots. */
    private boolean resumed;
    /** The activations are frozen because their learning rate was set to 0 (not by a procedure's phase). */
    private boolean frozenByRate;

    /** Builds the first network from the experiment (already loaded: loading can be slow and may fail). */
    public Trainer(Experiment experiment, RunHistory history) {
        this.experiment = experiment;
        this.dataset = experiment.dataset();
        this.baseConfig = experiment.config();
        this.history = history;
        this.lr = baseConfig.training().lr();
        this.actLr = baseConfig.training().actLr();
        this.inputBox = inputBox(dataset);
        this.thread = new Thread(this::loop, "trainer");
        this.thread.setDaemon(true);
    }

    /**
     * A trainer that continues a saved run (see {@link WorkbenchState#restore()}): the network, optimizer and
     * batch position restored, the history holding the saved rows and snapshots; playing resumes at the exact
     * step where the saved run stopped.
     */
    public static Trainer resume(EpochRunner restored, RunHistory history) {
        history.clear();
        for (MetricsRow r : restored.rows()) history.addRow(r);
        for (Snapshot s : restored.snapshots()) history.addSnapshot(s);
        Trainer t = new Trainer(restored.experiment(), history);
        t.trainingSeconds = restored.secondsSoFar();
        t.resumed = true;
        return t;
    }

    public Trainer start() {
        thread.start();
        return this;
    }

    public Experiment experiment() {
        return experiment;
    }

    public RunHistory history() {
        return history;
    }

    /** The latest published state; null until the thread has published the initial one. */
    public TrainerState state() {
        return state.get();
    }

    // ---- commands (any thread) ----------------------------------------------------------------------

    public void play() {
        commands.add(() -> {
            if (status == TrainerState.Status.FAILED) return;
            playing = true;
            status = TrainerState.Status.PLAYING;
            problem = null;
            nextStepAt = System.nanoTime();
        });
    }

    public void pause() {
        commands.add(() -> {
            playing = false;
            if (status == TrainerState.Status.PLAYING) status = TrainerState.Status.PAUSED;
            publish(true, true);
        });
    }

    /** One training step, then pause. */
    public void step() {
        commands.add(() -> {
            if (status == TrainerState.Status.FAILED) return;
            playing = false;
            status = TrainerState.Status.PAUSED;
            problem = null;
            pendingSteps++;
        });
    }

    /** Back to the initial network (the same seed gives the same init), history cleared, paused. */
    public void reset() {
        commands.add(() -> {
            rebuild(baseConfig.training().lr(), baseConfig.training().actLr());
            stepOffset = 0;
            epochOffset = 0;
            trainingSeconds = 0;
            history.clear();
            publishInitial();
        });
    }

    /** New learning rates from the next step on; actLr = 0 freezes the activations. */
    public void setLearningRates(double weights, double activations) {
        if (!(weights > 0) || !(activations >= 0)) {
            throw new IllegalArgumentException("learning rates must be positive (activations: 0 freezes them)");
        }
        commands.add(() -> {
            lr = weights;
            actLr = activations;
            applyRates();
            publish(true, false);
        });
    }

    /** Steps per second; {@link #MAX_SPEED} for no limit. */
    public void setSpeed(double stepsPerSecond) {
        commands.add(() -> {
            speed = stepsPerSecond > 0 ? stepsPerSecond : MAX_SPEED;
            nextStepAt = System.nanoTime();
        });
    }

    /** After a divergence: back to the last finite checkpoint with both learning rates divided by ten. */
    public void rollBack() {
        commands.add(() -> {
            if (checkpoint == null) return;
            float[][] saved = checkpoint;
            rebuild(lr / 10, actLr / 10);
            List<Parameter> ps = experiment.network().parameters();
            for (int i = 0; i < ps.size(); i++) System.arraycopy(saved[i], 0, ps.get(i).value(), 0, saved[i].length);
            stepOffset = checkpointStep;
            epochOffset = checkpointEpoch;
            history.truncateAfter(checkpointStep);
            playing = false;
            status = TrainerState.Status.PAUSED;
            problem = null;
            publish(true, true);
        });
    }

    /**
     * The whole run as a {@link WorkbenchState}, taken on the training thread between two steps (so the weights,
     * optimizer buffers and history belong to the same moment). The config carries the learning rates in force.
     * Completes exceptionally when the training thread has ended.
     */
    public CompletableFuture<WorkbenchState> captureState() {
        CompletableFuture<WorkbenchState> f = new CompletableFuture<>();
        if (closed || (thread.getState() == Thread.State.TERMINATED)) {
            f.completeExceptionally(new IllegalStateException("the training thread has stopped"));
            return f;
        }
        commands.add(() -> {
            try {
                f.complete(captureNow());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private WorkbenchState captureNow() {
        ExperimentConfig c = withRates(experiment.config(), lr, actLr);
        // after a rollback the session counts from the checkpoint; the file stores the run's own step count
        TrainingState shifted = TrainingState.capture(experiment.session()).shiftedBy(stepOffset, (int) epochOffset);
        ModelState model = ModelState.capture(experiment).withConfig(c);
        return new WorkbenchState(c, dataset.checksum(), history.rows(), history.snapshots(), model, shifted);
    }

    /** The config with other learning rates; everything else (conv, procedure, schedule) kept. */
    static ExperimentConfig withRates(ExperimentConfig c, double newLr, double newActLr) {
        TrainingOptions t = c.training();
        TrainingOptions o = new TrainingOptions(t.epochs(), t.batch(), newLr, newActLr, t.optimizer(), t.momentum(),
                t.nesterov(), t.weightDecay(), t.actWeightDecay(), t.clipNorm(), t.seed(), t.schedule());
        return new ExperimentConfig(c.dataset(), c.data(), c.activation(), c.sharing(), c.hidden(), o, c.conv(),
                c.procedure());
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    /** Waits for the thread to end (tests). */
    public void join(long millis) throws InterruptedException {
        thread.join(millis);
    }

    // ---- the loop (training thread) -----------------------------------------------------------------

    private void loop() {
        try {
            rememberMultipliers();
            applyRates();
            if (resumed) publishResumed();
            else publishInitial();
            while (!closed) {
                boolean busy = playing || pendingSteps > 0;
                Runnable c = busy ? commands.poll() : commands.poll(200, TimeUnit.MILLISECONDS);
                while (c != null) {
                    c.run();
                    c = commands.poll();
                }
                if (pendingSteps > 0) {
                    pendingSteps--;
                    if (trainOneStep()) publish(true, true);
                } else if (playing) {
                    trainSlice();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | OutOfMemoryError e) {
            playing = false;
            status = TrainerState.Status.FAILED;
            problem = "training stopped: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            publishQuietly();
        }
    }

    /** Trains until the next publication is due, honouring the speed limit. */
    private void trainSlice() throws InterruptedException {
        long start = System.nanoTime();
        while (playing && !closed && commands.isEmpty()) {
            long now = System.nanoTime();
            if (Double.isFinite(speed) && now < nextStepAt) {
                long wait = Math.min(nextStepAt - now, 20_000_000L);
                TimeUnit.NANOSECONDS.sleep(wait);
                if (System.nanoTime() - lastPublish >= PUBLISH_NANOS) break;
                continue;
            }
            if (!trainOneStep()) return;
            if (Double.isFinite(speed)) nextStepAt = Math.max(nextStepAt, now - 100_000_000L) + (long) (1e9 / speed);
            if (System.nanoTime() - lastPublish >= PUBLISH_NANOS) break;
        }
        trainingSeconds += (System.nanoTime() - start) / 1e9;
        publish(false, false);
    }

    /** One step; on divergence pauses, says what blew up, and returns false. */
    private boolean trainOneStep() {
        TrainingSession s = experiment.session();
        try {
            s.step();
            samplesSincePublish += Math.min(s.options().batch(), dataset.train().rows());
            return true;
        } catch (DivergenceException e) {
            playing = false;
            status = TrainerState.Status.DIVERGED;
            problem = DivergenceReport.describe(experiment, e, lr, actLr);
            publishQuietly();
            return false;
        }
    }

    private void publishInitial() {
        TrainingSession s = experiment.session();
        // evaluating the training split also leaves a batch of pre-activations for the first histogram
        Evaluation train = s.evaluate(dataset.train());
        Snapshot raw = experiment.snapshot(null, 0);
        Evaluation test = s.evaluate(dataset.test());
        MetricsRow row = new MetricsRow(stepOffset, epochOffset, trainingSeconds, train.loss(), test.loss(),
                train.accuracy(), test.accuracy());
        Snapshot snap = shifted(raw, row);
        history.addRow(row);
        history.addSnapshot(snap);
        startFrom(snap);
    }

    /** The first state of a resumed run: its last saved snapshot, nothing new added to the history. */
    private void publishResumed() {
        startFrom(history.last());
    }

    /** Publishes the first state of a run (fresh or resumed): grid, checkpoint, and every clock started now. */
    private void startFrom(Snapshot snap) {
        grid = computeGrid();
        saveCheckpoint(snap);
        long now = System.nanoTime();
        lastPublish = now;
        lastHistory = now;
        nextEval = now + MIN_EVAL_NANOS;
        nextGrid = now + MIN_EVAL_NANOS;
        samplesSincePublish = 0;
        samplesPerSecond = 0;
        emit(snap);
    }

    /**
     * Takes a snapshot (before any evaluation reuses the network's buffers, so the histogram is the last
     * training batch's), evaluates the test split and the grid when due or forced, and publishes.
     */
    private void publish(boolean forceEval, boolean forceHistory) {
        TrainingSession s = experiment.session();
        long now = System.nanoTime();
        double dt = (now - lastPublish) / 1e9;
        samplesPerSecond = playing && dt > 0 ? samplesSincePublish / dt : 0;
        samplesSincePublish = 0;
        lastPublish = now;
        Evaluation running = s.takeRunningMetrics();
        Snapshot raw = experiment.snapshot(null, trainingSeconds);
        Evaluation test = new Evaluation(Double.NaN, Double.NaN);
        if (forceEval || now >= nextEval) {
            long t0 = System.nanoTime();
            test = s.evaluate(dataset.test());
            nextEval = System.nanoTime() + Math.max(MIN_EVAL_NANOS, OVERHEAD_FACTOR * (System.nanoTime() - t0));
        }
        if (forceEval || now >= nextGrid) {
            long t0 = System.nanoTime();
            grid = computeGrid();
            nextGrid = System.nanoTime() + Math.max(MIN_EVAL_NANOS, OVERHEAD_FACTOR * (System.nanoTime() - t0));
        }
        MetricsRow row = new MetricsRow(raw.step() + stepOffset, raw.epoch() + epochOffset, trainingSeconds,
                running.loss(), test.loss(), running.accuracy(), test.accuracy());
        Snapshot snap = shifted(raw, row);
        if (Double.isFinite(row.trainLoss()) || Double.isFinite(row.testLoss())) history.addRow(row);
        if (forceHistory || now - lastHistory >= HISTORY_NANOS) {
            history.addSnapshot(snap);
            lastHistory = now;
        }
        if (now - lastCheckpoint >= CHECKPOINT_NANOS) saveCheckpoint(snap);
        emit(snap);
    }

    private Snapshot shifted(Snapshot raw, MetricsRow row) {
        return new Snapshot(raw.step() + stepOffset, raw.epoch() + epochOffset, trainingSeconds, row, raw.layers());
    }

    /** Publishes the state without new numbers (after a divergence the network is not finite). */
    private void publishQuietly() {
        TrainerState last = state.get();
        Snapshot snap = last != null ? last.snapshot() : null;
        if (snap != null) emit(snap);
    }

    private void emit(Snapshot snap) {
        TrainingSession s = experiment.session();
        List<PhaseChange> phases = new ArrayList<>();
        for (PhaseChange p : s.phaseChanges()) {
            phases.add(new PhaseChange(p.step() + stepOffset, p.epoch() + epochOffset, p.phase()));
        }
        state.set(new TrainerState(++version, status, snap, grid, samplesPerSecond, trainingSeconds, problem,
                lr, actLr, checkpoint != null, s.phase(), List.copyOf(phases)));
    }

    /** Copies every parameter when they are all finite: the point a rollback returns to. */
    private void saveCheckpoint(Snapshot snap) {
        List<Parameter> ps = experiment.network().parameters();
        float[][] copy = new float[ps.size()][];
        for (int i = 0; i < ps.size(); i++) {
            float[] v = ps.get(i).value();
            for (float f : v) if (!Float.isFinite(f)) return;
            copy[i] = v.clone();
        }
        checkpoint = copy;
        checkpointStep = snap.step();
        checkpointEpoch = snap.epoch();
        lastCheckpoint = System.nanoTime();
    }

    /** A fresh network and session from the base config, with the given learning rates. */
    private void rebuild(double newLr, double newActLr) {
        experiment = new Experiment(withRates(baseConfig, newLr, newActLr), dataset);
        lr = newLr;
        actLr = newActLr;
        rememberMultipliers();
        applyRates();
        playing = false;
        pendingSteps = 0;
        status = TrainerState.Status.PAUSED;
        problem = null;
    }

    private void rememberMultipliers() {
        TrainingSession s = experiment.session();
        weightMultiplier = s.optimizer().group(ParameterGroup.WEIGHTS).lrMultiplier();
        activationMultiplier = s.optimizer().group(ParameterGroup.ACTIVATION).lrMultiplier();
        frozenByRate = false;
    }

    /**
     * Live learning rates as multiples of the ones the session was built with, so a procedure's own multipliers
     * (joint-scaled) survive. Freezing follows a change to or from 0 only: a procedure's phase keeps its own.
     */
    private void applyRates() {
        TrainingSession s = experiment.session();
        double baseLr = s.options().lr(), baseAct = s.options().actLr();
        var act = s.optimizer().group(ParameterGroup.ACTIVATION);
        s.optimizer().group(ParameterGroup.WEIGHTS).lrMultiplier(weightMultiplier * lr / baseLr);
        act.lrMultiplier(baseAct > 0 ? activationMultiplier * actLr / baseAct : actLr / baseLr);
        if (actLr == 0) {
            act.frozen(true);
            frozenByRate = true;
        } else if (frozenByRate) {
            act.frozen(false);
            frozenByRate = false;
        }
    }

    // ---- the data view's grid ----------------------------------------------------------------------

    /** {x0, x1, y0, y1} around the training inputs (2-D), {x0, x1} (1-D), or null. */
    private static double[] inputBox(Dataset d) {
        if (d.inputs() > 2) return null;
        float[] x = d.train().x();
        int n = d.train().rows(), in = d.inputs();
        double[] box = new double[2 * in];
        for (int k = 0; k < in; k++) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < n; r++) {
                lo = Math.min(lo, x[r * in + k]);
                hi = Math.max(hi, x[r * in + k]);
            }
            double pad = 0.08 * (hi - lo) + 1e-6;
            box[2 * k] = lo - pad;
            box[2 * k + 1] = hi + pad;
        }
        return box;
    }

    private PredictionGrid computeGrid() {
        if (inputBox == null) return null;
        boolean twoD = dataset.inputs() == 2;
        int nx = twoD ? GRID_2D : GRID_1D, ny = twoD ? GRID_2D : 1;
        int cells = nx * ny, in = dataset.inputs(), outs = dataset.outputs();
        boolean classes = experiment.classification();
        float[] value = new float[cells];
        float[] conf = new float[cells];
        float[] x = new float[Math.min(CHUNK, cells) * in];
        for (int start = 0; start < cells; start += CHUNK) {
            int rows = Math.min(CHUNK, cells - start);
            for (int r = 0; r < rows; r++) {
                int c = start + r;
                x[r * in] = (float) lerp(inputBox[0], inputBox[1], (c % nx) / (double) (nx - 1));
                if (twoD) x[r * in + 1] = (float) lerp(inputBox[2], inputBox[3], (c / nx) / (double) (ny - 1));
            }
            float[] out = experiment.network().forward(x, rows);
            for (int r = 0; r < rows; r++) {
                if (!classes) {
                    value[start + r] = out[r * outs];
                    conf[start + r] = 1;
                    continue;
                }
                int best = 0;
                double max = Double.NEGATIVE_INFINITY, sum = 0;
                for (int k = 0; k < outs; k++) max = Math.max(max, out[r * outs + k]);
                for (int k = 0; k < outs; k++) {
                    sum += Math.exp(out[r * outs + k] - max);
                    if (out[r * outs + k] > out[r * outs + best]) best = k;
                }
                value[start + r] = best;
                conf[start + r] = (float) (1 / sum);
            }
        }
        return new PredictionGrid(nx, ny, inputBox[0], inputBox[1], twoD ? inputBox[2] : 0, twoD ? inputBox[3] : 0,
                value, conf);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
