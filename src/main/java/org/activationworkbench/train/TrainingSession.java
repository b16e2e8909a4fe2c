package org.activationworkbench.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Split;
import org.activationworkbench.data.Task;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.Network;
import org.activationworkbench.nn.Parameter;

/**
 * The training state of one run: network, optimizer, procedure, shuffled batch order and running statistics.
 * {@link #step()} trains one mini-batch; the {@link Procedure} decides the phase of each step (which groups learn),
 * and {@link #finishProcedure()} ends it. Single-threaded: whoever owns the session owns the network.
 */
public final class TrainingSession {

    private static final int EVAL_CHUNK = 1024;

    private final Network network;
    private final Dataset data;
    private TrainingOptions options;
    private final Optimizer optimizer;
    private final Loss loss;
    private final Procedure procedure;
    private final List<PhaseChange> phaseChanges = new ArrayList<>();
    private String phase;
    private ProcedureReport report;

    private final int[] order;
    private int cursor;
    private long steps;
    private int epochsDone;

    private final float[] xBatch;
    private final int[] labelBatch;
    private final float[] targetBatch;
    private final float[] dOut;

    private final BlowUpGuard guard = new BlowUpGuard();
    /** Some bspline layer moves its grid to its inputs (--grid follow). */
    private final boolean followKnots;
    private double runningLoss;
    private long runningRows;
    private long runningCorrect;

    /** A session with the default procedure, joint. */
    public TrainingSession(Network network, Dataset data, TrainingOptions options) {
        this(network, data, options, Procedures.joint());
    }

    public TrainingSession(Network network, Dataset data, TrainingOptions options, Procedure procedure) {
        procedure.check(network);
        this.network = network;
        this.data = data;
        this.options = options;
        this.procedure = procedure;
        this.optimizer = procedure.createOptimizer(options, network.parameters());
        this.followKnots = KnotFollowing.wanted(network);
        this.loss = data.task() == Task.CLASSIFICATION ? new SoftmaxCrossEntropy() : new MeanSquaredError();
        int n = data.train().rows();
        if (n == 0) throw new IllegalArgumentException("dataset " + data.name() + " has no training rows");
        this.order = new int[n];
        shuffleOrder();
        int b = Math.min(options.batch(), n);
        this.xBatch = new float[b * data.inputs()];
        this.labelBatch = new int[b];
        this.targetBatch = new float[b * data.outputs()];
        this.dOut = new float[b * data.outputs()];
    }

    /** Plans {@code more} epochs beyond the current plan; the schedule stretches over the longer plan. */
    public void extendPlan(int more) {
        options = options.withEpochs(options.epochs() + more);
    }

    public Network network() {
        return network;
    }

    public Dataset data() {
        return data;
    }

    public TrainingOptions options() {
        return options;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Procedure procedure() {
        return procedure;
    }

    /** The phase of the latest step, for the status line ("joint", "weights-only", ...); null before the first. */
    public String phase() {
        return phase;
    }

    /** Every phase change so far, the first at step 0: marks for the loss chart. */
    public List<PhaseChange> phaseChanges() {
        return Collections.unmodifiableList(phaseChanges);
    }

    public long steps() {
        return steps;
    }

    public int epochsDone() {
        return epochsDone;
    }

    /** Epochs as a real number: 2.5 = halfway through the third epoch. */
    public double epochPosition() {
        return epochsDone + cursor / (double) order.length;
    }

    public int stepsPerEpoch() {
        int b = Math.min(options.batch(), order.length);
        return (order.length + b - 1) / b;
    }

    /**
     * The batch order of the current epoch depends only on the seed and the epoch number, so a run restored
     * at an epoch and cursor continues exactly as an uninterrupted one; and a stream of its own, so changing
     * the weight init never changes the batch order.
     */
    private void shuffleOrder() {
        SplittableRandom shuffle = new SplittableRandom(
                (options.seed() * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L) ^ (epochsDone * 0xBF58476D1CE4E5B9L));
        for (int i = 0; i < order.length; i++) order[i] = i;
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Trains one mini-batch at the configured learning rates and returns its loss. */
    public double step() {
        return step(LearningRates.of(options));
    }

    /**
     * Trains one mini-batch at these learning rates (times the schedule's factor) and returns its loss. Throws
     * {@link DivergenceException} on NaN/Inf.
     */
    public double step(LearningRates rates) {
        enter(procedure.beforeStep(this), rates);
        Split train = data.train();
        int in = data.inputs();
        int outs = data.outputs();
        int rows = Math.min(xBatch.length / in, order.length - cursor);
        boolean classification = train.labels() != null;
        for (int r = 0; r < rows; r++) {
            int i = order[cursor + r];
            System.arraycopy(train.x(), i * in, xBatch, r * in, in);
            if (classification) {
                labelBatch[r] = train.labels()[i];
            } else {
                System.arraycopy(train.targets(), i * outs, targetBatch, r * outs, outs);
            }
        }
        float[] out = network.forwardTraining(xBatch, rows);
        double l = loss.evaluate(out, rows, outs, labelBatch, targetBatch, dOut);
        if (!Double.isFinite(l)) throw diverged(Double.isNaN(l) ? "became NaN" : "became infinite");
        String blowUp = guard.observe(l);
        if (blowUp != null) throw diverged(blowUp);
        if (classification) runningCorrect += loss.countCorrect(out, rows, outs, labelBatch);
        network.backward(dOut, rows);
        procedure.afterBackward(this);
        if (options.clipNorm() > 0) optimizer.clipGradientNorm(options.clipNorm());
        optimizer.step(rates.times(options.lrFactor(epochPosition())));
        for (ActivationLayer a : network.activationLayers()) a.restoreFrozen(); // activation surgery's formulas stay put
        runningLoss += l * rows;
        runningRows += rows;
        steps++;
        cursor += rows;
        if (cursor >= order.length) {
            cursor = 0;
            epochsDone++;
            shuffleOrder();
            if (followKnots && 2 * epochsDone <= options.epochs()) KnotFollowing.follow(this);
        }
        return l;
    }

    private void enter(Phase p, LearningRates rates) {
        p.applyTo(optimizer, rates);
        if (p.name().equals(phase)) return;
        phase = p.name();
        phaseChanges.add(new PhaseChange(steps, epochPosition(), phase));
    }

    /**
     * Ends the procedure (once; later calls return the same report): e.g. tv2 prunes knots here. Call when training
     * is over, before the final evaluation and snapshot.
     */
    public ProcedureReport finishProcedure() {
        if (report == null) report = procedure.finish(this);
        return report;
    }

    /** The procedure's report, or null while it has not finished. */
    public ProcedureReport procedureReport() {
        return report;
    }

    /** Position inside the current epoch's batch order (rows already trained this epoch). */
    public int cursor() {
        return cursor;
    }

    /**
     * The training metrics summed over the batches since the last {@link #takeRunningMetrics()}: saved with a run
     * stopped mid-epoch so the resumed epoch reports the same training loss as an uninterrupted one.
     *
     * @param lossSum loss × rows, summed
     * @param rows    rows trained
     * @param correct rows classified right (0 for regression)
     */
    public record RunningTally(double lossSum, long rows, long correct) {
        public static final RunningTally EMPTY = new RunningTally(0, 0, 0);
    }

    public RunningTally runningTally() {
        return new RunningTally(runningLoss, runningRows, runningCorrect);
    }

    /**
     * Puts a restored run back where it stopped (weights and optimizer state are restored separately): the
     * batch order is recomputed from the seed and the epoch, so the next step is the one an uninterrupted
     * run would take, and the running-metrics tally continues from {@code tally}.
     */
    public void restoreProgress(long steps, int epochsDone, int cursor, RunningTally tally) {
        if (steps < 0 || epochsDone < 0 || cursor < 0 || cursor >= order.length) {
            throw new IllegalArgumentException("invalid training position: step " + steps + ", epoch " + epochsDone
                    + ", cursor " + cursor + " of " + order.length + " rows");
        }
        this.steps = steps;
        this.epochsDone = epochsDone;
        this.cursor = cursor;
        shuffleOrder();
        runningLoss = tally.lossSum();
        runningRows = tally.rows();
        runningCorrect = tally.correct();
    }

    /**
     * Gives a bspline network the knot count of a saved run before its values are restored: a run saved after a
     * grid refinement has more knots than its config builds. The optimizer's state follows the new tensors.
     */
    public void refineKnotsTo(int knots) {
        BSplineLayers.require(network, "restoring refined knots");
        GridRefineProcedure.refineTo(network, optimizer, knots);
    }

    /** True right after an epoch ended (or before the first step). */
    public boolean atEpochBoundary() {
        return cursor == 0;
    }

    /** Mean training loss and accuracy over the batches since the last call; resets the tally. */
    public Evaluation takeRunningMetrics() {
        if (runningRows == 0) return new Evaluation(Double.NaN, Double.NaN);
        Evaluation e = new Evaluation(runningLoss / runningRows,
                data.task() == Task.CLASSIFICATION ? runningCorrect / (double) runningRows : Double.NaN);
        runningLoss = 0;
        runningRows = 0;
        runningCorrect = 0;
        return e;
    }

    /** Loss and accuracy of the current network on a whole split, in chunks. */
    public Evaluation evaluate(Split split) {
        return evaluate(network, loss, split, data.inputs(), data.outputs());
    }

    static Evaluation evaluate(Network net, Loss loss, Split split, int in, int outs) {
        if (split.rows() == 0) return new Evaluation(Double.NaN, Double.NaN);
        int chunk = Math.min(EVAL_CHUNK, split.rows());
        float[] x = new float[chunk * in];
        int[] labels = split.labels() != null ? new int[chunk] : null;
        float[] targets = split.targets() != null ? new float[chunk * outs] : null;
        double total = 0;
        long correct = 0;
        for (int start = 0; start < split.rows(); start += chunk) {
            int rows = Math.min(chunk, split.rows() - start);
            System.arraycopy(split.x(), start * in, x, 0, rows * in);
            if (labels != null) System.arraycopy(split.labels(), start, labels, 0, rows);
            if (targets != null) System.arraycopy(split.targets(), start * outs, targets, 0, rows * outs);
            float[] out = net.forward(x, rows);
            total += loss.evaluate(out, rows, outs, labels, targets, null) * rows;
            if (labels != null) correct += loss.countCorrect(out, rows, outs, labels);
        }
        return new Evaluation(total / split.rows(), labels != null ? correct / (double) split.rows() : Double.NaN);
    }

    private DivergenceException diverged(String lossEvent) {
        String where = network.parameters().stream().filter(p -> p.firstNonFinite() >= 0).findFirst()
                .map(p -> ", first non-finite value in parameter " + p.name()).orElse("");
        return new DivergenceException(String.format(java.util.Locale.ROOT,
                "training diverged at step %d (epoch %.2f): the loss %s%s; "
                        + "lower the learning rate (--lr, --act-lr) or set gradient clipping (--clip)",
                steps, epochPosition(), lossEvent, where), steps, lossEvent);
    }
}
