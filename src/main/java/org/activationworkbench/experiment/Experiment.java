package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.data.Task;
import org.activationworkbench.nn.ActivationLayer;
import org.activationworkbench.nn.ImageShape;
import org.activationworkbench.nn.Network;
import org.activationworkbench.train.DivergenceException;
import org.activationworkbench.train.Evaluation;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.train.TrainingSession;

/**
 * One experiment made concrete: the dataset loaded, the activation and network (MLP, or CNN with --conv) built
 * from the config, and a training session with the config's procedure ready to step. Also runs a whole headless
 * run, recording metrics, snapshots and the procedure's phases.
 */
public final class Experiment {

    /** Bins of the pre-activation histogram kept in every snapshot. */
    public static final int HISTOGRAM_BINS = 40;

    private final ExperimentConfig config;
    private final Dataset dataset;
    private final Activation activation;
    private final Sharing sharing;
    private final TrainingSession session;

    public Experiment(ExperimentConfig config) {
        this(config, new DatasetRegistry().load(config.dataset(), config.data()));
    }

    public Experiment(ExperimentConfig config, Dataset dataset) {
        this.config = config;
        this.dataset = dataset;
        this.activation = ActivationRegistry.create(config.activation());
        this.sharing = config.sharingFor(activation);
        long seed = config.training().seed();
        Network net = config.conv().length == 0
                ? new Network(dataset.inputs(), config.hidden(), dataset.outputs(), activation, sharing, seed)
                : new Network(ImageShape.square(dataset.inputs()), config.conv(), config.hidden(), dataset.outputs(),
                        activation, sharing, seed);
        this.session = new TrainingSession(net, dataset, config.training(), Procedures.create(config.procedure()));
    }

    public ExperimentConfig config() {
        return config;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * The activation in force now: the one the config describes, until a procedure replaces it (grid-refine
     * swaps in a bspline with more knots; earlier snapshots then carry their own in {@link LayerState#activation}).
     */
    public Activation activation() {
        List<ActivationLayer> layers = session.network().activationLayers();
        return layers.isEmpty() ? activation : layers.get(0).activation();
    }

    public Sharing sharing() {
        return sharing;
    }

    public TrainingSession session() {
        return session;
    }

    public Network network() {
        return session.network();
    }

    /** Copies every activation layer's parameters and the latest pre-activation histogram. */
    public Snapshot snapshot(MetricsRow metrics, double seconds) {
        Network net = session.network();
        double[] range = activation.workingRange();
        List<LayerState> layers = new ArrayList<>();
        for (int i = 0; i < net.activationLayers().size(); i++) {
            ActivationLayer a = net.activationLayers().get(i);
            Histogram h = net.lastRows() > 0
                    ? Histogram.of(net.preActivations(i), net.preActivationCount(i), range[0], range[1], HISTOGRAM_BINS)
                    : null;
            layers.add(new LayerState(i, a.units(), a.sharing(), a.parametersAsDouble(), h, a.activation()));
        }
        return new Snapshot(session.steps(), session.epochPosition(), seconds, metrics, List.copyOf(layers));
    }

    /** Receives progress of a headless run (for a progress bar). */
    public interface Progress {
        void epochEnded(int epoch, int epochs, MetricsRow row);
    }

    /**
     * Trains for the configured epochs. A metrics row every ~tenth of an epoch (train loss since the
     * previous row), and at each epoch end one with the test metrics; a snapshot at every epoch boundary.
     * After the last epoch's steps the procedure finishes (tv2 prunes then), before the final snapshot and test
     * evaluation, so both show the network as it leaves the run.
     * Divergence ends the run early and is reported in the result, never thrown.
     */
    public RunResult run(Progress progress) {
        int epochs = config.training().epochs();
        List<MetricsRow> rows = new ArrayList<>();
        List<Snapshot> snapshots = new ArrayList<>();
        long t0 = System.nanoTime();
        Evaluation test0 = session.evaluate(dataset.test());
        Evaluation train0 = session.evaluate(dataset.train());
        MetricsRow first = new MetricsRow(0, 0, 0, train0.loss(), test0.loss(), train0.accuracy(), test0.accuracy());
        rows.add(first);
        snapshots.add(snapshot(first, 0));
        int logEvery = Math.max(1, session.stepsPerEpoch() / 10);
        MetricsRow last = first;
        String divergence = null;
        try {
            for (int e = 1; e <= epochs; e++) {
                do {
                    session.step();
                    if (!session.atEpochBoundary() && session.steps() % logEvery == 0) {
                        Evaluation run = session.takeRunningMetrics();
                        rows.add(new MetricsRow(session.steps(), session.epochPosition(), seconds(t0), run.loss(),
                                Double.NaN, run.accuracy(), Double.NaN));
                    }
                } while (!session.atEpochBoundary());
                if (e == epochs) session.finishProcedure();
                Evaluation run = session.takeRunningMetrics();
                double secs = seconds(t0);
                // histogram from the last training batch, before evaluation reuses the buffers
                Snapshot s = snapshot(null, secs);
                Evaluation test = session.evaluate(dataset.test());
                last = new MetricsRow(session.steps(), e, secs, run.loss(), test.loss(), run.accuracy(), test.accuracy());
                rows.add(last);
                snapshots.add(new Snapshot(s.step(), e, secs, last, s.layers()));
                if (progress != null) progress.epochEnded(e, epochs, last);
            }
        } catch (DivergenceException ex) {
            divergence = ex.getMessage();
        }
        return new RunResult(List.copyOf(rows), List.copyOf(snapshots), last, seconds(t0), divergence,
                session.phaseChanges(), session.procedureReport());
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    public boolean classification() {
        return dataset.task() == Task.CLASSIFICATION;
    }
}
