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
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.nn.ImageShape;
import org.activationworkbench.nn.Network;
import org.activationworkbench.train.InputRanges;
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
        ImageShape image = config.conv().isEmpty() ? null : ImageShape.square(dataset.inputs());
        Network net = Network.of(config.architecture(), image, config.convArray(), dataset.inputs(), config.hiddenArray(),
                dataset.outputs(), activation, sharing, seed);
        this.session = new TrainingSession(net, dataset, config.training(), Procedures.create(config.procedure()));
    }

    /** The immutable part, for views: config, data, the activation as built. */
    public RunDescription describe() {
        return new RunDescription(config, dataset, activation, sharing);
    }

    public ExperimentConfig config() {
        return config;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * The activation in force now: the one the config describes, until a procedure replaces it (grid-refine
     * swaps in a bspline with more knots; earlier snapshots then carry their own in {@link LayerSnapshot#activation}).
     */
    public Activation activation() {
        List<ActivationLayer> layers = session.network().activationLayers();
        if (layers.isEmpty()) return activation;
        Activation first = layers.get(0).activation();
        // a layer's formula patch (activation surgery) is that layer's own, not the run's
        return first instanceof org.activationworkbench.activation.FormulaPatch p ? p.base() : first;
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

    /** How the network's hidden layers are built (plain unless a residual architecture or a norm was asked for). */
    public Architecture architecture() {
        return session.network().architecture();
    }

    /** Copies every activation layer's parameters and the latest pre-activation histogram. */
    public Snapshot snapshot(MetricsRow metrics, double seconds) {
        Network net = session.network();
        List<LayerSnapshot> layers = new ArrayList<>();
        for (int i = 0; i < net.activationLayers().size(); i++) {
            ActivationLayer a = net.activationLayers().get(i);
            // each layer's own range: a grid that follows its inputs differs from the config's
            double[] range = a.activation().workingRange();
            Histogram h = net.lastRows() > 0
                    ? Histogram.of(net.preActivations(i), net.preActivationCount(i), range[0], range[1], HISTOGRAM_BINS)
                    : null;
            layers.add(new LayerSnapshot(i, a.units(), a.sharing(), a.parametersAsDouble(), h, a.activation()));
        }
        return new Snapshot(session.steps(), session.epochPosition(), seconds, metrics, List.copyOf(layers));
    }

    /**
     * Per activation layer, the share of its inputs on the training data that fall outside its grid (bspline) or
     * working range (the others): where the learned shape is extrapolated, or not plotted.
     */
    public List<Double> outsideShares() {
        Network net = session.network();
        InputRanges r = InputRanges.of(net, dataset.train(), dataset.inputs());
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < net.activationLayers().size(); i++) {
            double[] range = net.activationLayers().get(i).activation().workingRange();
            out.add(r.outsideShare(i, range[0], range[1]));
        }
        return out;
    }

    /** Receives progress of a headless run (for a progress bar). */
    public interface Progress {
        void epochEnded(int epoch, int epochs, MetricsRow row);
    }

    /**
     * Trains for the configured epochs (see {@link EpochRunner} for what is recorded). Divergence ends the run
     * early and is reported in the result, never thrown.
     */
    public RunResult run(Progress progress) {
        return new EpochRunner(this).runAll(progress);
    }

    public boolean classification() {
        return dataset.task() == Task.CLASSIFICATION;
    }
}
