package org.activationworkbench.live;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.train.DivergenceException;
import org.activationworkbench.train.LearningRates;
import org.activationworkbench.train.TrainingSession;

/**
 * The background training loop of the window. It alone owns the network: commands (play, pause, step, reset,
 * learning rates, speed, roll back) arrive through a queue and run between steps; results leave as an immutable
 * {@link TrainerState} through an {@link AtomicReference} (a slow reader skips states, it never queues them) and as
 * snapshots and metrics rows appended to a bounded {@link RunHistory}. The pacing, the evaluations, the
 * checkpoint and the data view's grid are its parts ({@link Pacer}, {@link Publisher}, {@link Checkpoint},
 * {@link PredictionGridMaker}); the learning rates in force are passed into every step.
 *
 * <p>Unlike `train`, which ends at its planned epochs, the window's run pauses there ("done") and Play trains
 * another plan's worth: the one place where the window and the command line differ on purpose.
 */
public final class Trainer implements AutoCloseable {

    /** Unthrottled: as many steps per second as the machine gives. */
    public static final double MAX_SPEED = Pacer.MAX_SPEED;
    private static final long CHECKPOINT_NANOS = 500_000_000L;

    private final Dataset dataset;
    private final ExperimentConfig baseConfig;
    private final RunDescription description;
    private final RunHistory history;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<TrainerState> state = new AtomicReference<>();
    private final CountDownLatch firstState = new CountDownLatch(1);
    private final Thread thread;
    private final GridHistory grids = new GridHistory();
    /** Commands handed in so far (any thread), and the last one the loop has run (training thread). */
    private final java.util.concurrent.atomic.AtomicLong issued = new java.util.concurrent.atomic.AtomicLong();
    private long acknowledged;

    // ---- owned by the training thread ----
    private Experiment experiment;
    private final Pacer pacer = new Pacer();
    private final Publisher publisher;
    private final Checkpoint checkpoint = new Checkpoint();
    private LearningRates rates;
    private boolean playing;
    private int pendingSteps;
    private double trainingSeconds;
    private long version;
    private TrainerState.Status status = TrainerState.Status.PAUSED;
    private String problem;
    private final Patience patience = new Patience();
    /** Set when the run continues a saved one: the history already holds its rows and snapshots. */
    private boolean resumed;
    private volatile boolean closed;

    /** Builds the first network from the experiment (already loaded: loading can be slow and may fail). */
    public Trainer(Experiment experiment, RunHistory history) {
        this.experiment = experiment;
        this.dataset = experiment.dataset();
        this.baseConfig = experiment.config();
        this.description = experiment.describe();
        this.history = history;
        this.rates = LearningRates.of(baseConfig.training());
        this.publisher = new Publisher(dataset, history, grids);
        this.thread = new Thread(this::loop, "trainer");
        this.thread.setDaemon(true);
    }

    /**
     * A trainer that continues a saved run (see {@link SavedSession#restore()}): the network, optimizer and
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

    /**
     * Waits until the thread has published its first state (or ended): call it off the FX thread, before the views
     * are given the trainer, so they never see a run without a state.
     */
    public void awaitFirstState() {
        try {
            while (!firstState.await(100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the views may know of the run besides its snapshots: immutable, the same after a reset or roll-back. */
    public RunDescription description() {
        return description;
    }

    public RunHistory history() {
        return history;
    }

    /** The data view's grids by step, for the timeline (empty for data of more than two inputs). */
    public GridHistory grids() {
        return grids;
    }

    /**
     * How many commands were handed in so far: a state whose {@link TrainerState#acknowledged()} has reached this
     * number reflects all of them (the window's Play button waits for that before it believes a status).
     */
    public long commandsIssued() {
        return issued.get();
    }

    /** Queues a command for the loop; the loop notes it as acknowledged before it runs it. */
    private void submit(Runnable command) {
        long id = issued.incrementAndGet();
        commands.add(() -> {
            acknowledged = id;
            command.run();
        });
    }

    /** The latest published state; null until the thread has published the initial one. */
    public TrainerState state() {
        return state.get();
    }

    // ---- commands (any thread) ----------------------------------------------------------------------

    /** Plays; at the end of the plan (done), trains another plan's worth of epochs. */
    public void play() {
        submit(() -> {
            if (status == TrainerState.Status.FAILED) return;
            extendPlanWhenDone();
            patience.restart();
            playing = true;
            status = TrainerState.Status.PLAYING;
            problem = null;
            pacer.restart(System.nanoTime());
            publishNow(false, false);
        });
    }

    public void pause() {
        submit(() -> {
            playing = false;
            if (status == TrainerState.Status.PLAYING) status = TrainerState.Status.PAUSED;
            publishNow(true, true);
        });
    }

    /** One training step, then pause. */
    public void step() {
        submit(() -> {
            if (status == TrainerState.Status.FAILED) return;
            extendPlanWhenDone();
            playing = false;
            status = TrainerState.Status.PAUSED;
            problem = null;
            pendingSteps++;
        });
    }

    /** Back to the initial network (the same seed gives the same init), history cleared, paused. */
    public void reset() {
        submit(() -> {
            rebuild(LearningRates.of(baseConfig.training()));
            trainingSeconds = 0;
            history.clear();
            grids.clear();
            publisher.initial(experiment, trainingSeconds);
            emit(history.last());
        });
    }

    /** New learning rates from the next step on; activations 0 freezes the activations. */
    public void setLearningRates(double weights, double activations) {
        LearningRates r = new LearningRates(weights, activations);
        if (!(weights > 0)) throw new IllegalArgumentException("the weights' learning rate must be positive");
        submit(() -> {
            rates = r;
            publishNow(false, false);
        });
    }

    /**
     * Stop (done) once the test loss has not improved for this many epochs; 0 turns it off. A demo's convenience,
     * not part of the experiment: choosing when to stop on the test split is not for results.
     */
    public void setPatience(int epochs) {
        if (epochs < 0) throw new IllegalArgumentException("patience must be 0 (off) or more epochs, got " + epochs);
        commands.add(() -> patience.set(epochs));
    }

    /** From the next step on, pauses at the exact steps the check names (a lesson step's end); null: none. */
    public void setStopCheck(StopCheck check) {
        submit(() -> publisher.stopAt(check));
    }

    /** Steps per second; {@link #MAX_SPEED} for no limit. */
    public void setSpeed(double stepsPerSecond) {
        submit(() -> pacer.setSpeed(stepsPerSecond, System.nanoTime()));
    }

    /** After a divergence: back to the last finite checkpoint with both learning rates divided by ten, paused. */
    public void rollBack() {
        submit(() -> {
            if (!checkpoint.exists()) return;
            rebuild(rates.dividedBy(10));
            checkpoint.restoreInto(experiment);
            history.truncateAfter(checkpoint.step());
            grids.truncateAfter(checkpoint.step());
            publisher.start(experiment, history.last());
            publishNow(true, true);
        });
    }

    /**
     * The whole run as a {@link SavedSession}, taken on the training thread between two steps (so the weights,
     * optimizer buffers and history belong to the same moment). The config carries the learning rates in force.
     * Completes exceptionally when the training thread has ended.
     */
    public CompletableFuture<SavedSession> captureState() {
        CompletableFuture<SavedSession> f = new CompletableFuture<>();
        if (closed || thread.getState() == Thread.State.TERMINATED) {
            f.completeExceptionally(new IllegalStateException("the training thread has stopped"));
            return f;
        }
        submit(() -> {
            try {
                f.complete(SavedSession.capture(experiment, rates.weights(), rates.activations(), history.rows(),
                        history.snapshots()));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
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
            Snapshot first = resumed ? publisher.start(experiment, history.last())
                    : publisher.initial(experiment, trainingSeconds);
            checkpoint.take(experiment, System.nanoTime());
            if (planDone()) status = TrainerState.Status.DONE;
            emit(first);
            while (!closed) {
                boolean busy = playing || pendingSteps > 0;
                Runnable c = busy ? commands.poll() : commands.poll(200, TimeUnit.MILLISECONDS);
                while (c != null) {
                    c.run();
                    c = commands.poll();
                }
                if (pendingSteps > 0) {
                    pendingSteps--;
                    if (trainOneStep()) publishNow(true, true);
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

    /** Trains until the next publication is due, honouring the speed limit and stopping at the end of the plan. */
    private void trainSlice() throws InterruptedException {
        long start = System.nanoTime();
        while (playing && !closed && commands.isEmpty()) {
            long wait = pacer.nanosUntilNextStep(System.nanoTime());
            if (wait > 0) {
                pacer.sleep(wait);
                if (publisher.due(System.nanoTime())) break;
                continue;
            }
            if (!trainOneStep()) return;
            pacer.stepped(System.nanoTime());
            if (planDone()) {
                playing = false;
                status = TrainerState.Status.DONE;
                break;
            }
            if (publisher.due(System.nanoTime())) break;
        }
        trainingSeconds += (System.nanoTime() - start) / 1e9;
        boolean done = status == TrainerState.Status.DONE;
        publishNow(done, done);
    }

    /** One step at the rates in force; on divergence pauses, says what blew up, and returns false. */
    private boolean trainOneStep() {
        TrainingSession s = experiment.session();
        try {
            s.step(rates);
            publisher.trained(Math.min(s.options().batch(), dataset.train().rows()), s);
            return true;
        } catch (DivergenceException e) {
            playing = false;
            status = TrainerState.Status.DIVERGED;
            problem = DivergenceReport.describe(experiment, e, rates);
            publishQuietly();
            return false;
        }
    }

    /** The planned epochs are trained (the window pauses there). */
    private boolean planDone() {
        TrainingSession s = experiment.session();
        return s.atEpochBoundary() && s.epochsDone() >= s.options().epochs() && s.steps() > 0;
    }

    private void extendPlanWhenDone() {
        if (planDone()) experiment.session().extendPlan(Math.max(1, baseConfig.training().epochs()));
    }

    private void publishNow(boolean forceEval, boolean forceHistory) {
        Snapshot snap = publisher.publish(experiment, trainingSeconds, playing, forceEval, forceHistory);
        if (publisher.stopsHere() && playing) {
            playing = false;
            status = TrainerState.Status.PAUSED;
        }
        if (patience.stalled(snap) && playing) {
            playing = false;
            status = TrainerState.Status.DONE;
            problem = patience.reason();
        }
        long now = System.nanoTime();
        if (now - checkpoint.takenAt() >= CHECKPOINT_NANOS) checkpoint.take(experiment, now);
        emit(snap);
    }

    /** Publishes the state without new numbers (after a divergence the network is not finite). */
    private void publishQuietly() {
        TrainerState last = state.get();
        if (last != null) emit(last.snapshot());
    }

    private void emit(Snapshot snap) {
        TrainingSession s = experiment.session();
        state.set(new TrainerState(++version, status, snap, publisher.grid(), playing ? publisher.samplesPerSecond() : 0,
                trainingSeconds, problem, rates.weights(), rates.activations(), checkpoint.exists(), s.phase(),
                List.copyOf(s.phaseChanges()), s.options().epochs(), acknowledged));
        firstState.countDown();
    }

    /** A fresh network and session from the base config, paused, training at {@code newRates}. */
    private void rebuild(LearningRates newRates) {
        experiment = new Experiment(baseConfig, dataset);
        rates = newRates;
        playing = false;
        pendingSteps = 0;
        status = TrainerState.Status.PAUSED;
        problem = null;
    }
}
