package org.activationworkbench.experiment;

import java.util.List;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.core.EnumText;
import org.activationworkbench.core.Option;
import org.activationworkbench.core.OptionException;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.train.TrainingOptions;

/**
 * Everything that defines one experiment; saved as JSON in run.json and workbench files. A value: lists, not
 * arrays, so two configs of the same experiment are equal; change it with the {@code with…} copies. Checked as it is
 * made, so a config that exists can be built (the dataset's own limits are checked when it loads).
 *
 * @param dataset    registry name or path
 * @param data       dataset options (samples, noise, seed, test ratio, CSV options)
 * @param activation family and its options
 * @param sharing    layer or neuron; null = the family's default
 * @param hidden     hidden layer widths
 * @param training   optimizer, learning rates, epochs, batch, seed ...
 * @param conv       channels of the conv blocks before the dense layers (image datasets); empty = an MLP
 * @param procedure  the training procedure and its settings
 * @param architecture plain or residual hidden layers and their norm; null (configs saved before it existed) =
 *                     {@link Architecture#PLAIN}
 */
public record ExperimentConfig(String dataset, DataOptions data, ActivationSpec activation, Sharing sharing,
                               List<Integer> hidden, TrainingOptions training, List<Integer> conv,
                               ProcedureOptions procedure, Architecture architecture) {

    public static final Option HIDDEN = Option.integers("hidden", null, 1, 4096, 100, "Hidden layers",
            "Hidden layer widths").defaultDescribedAs("16,16 for generated sets, 32,32 for tables and images");
    public static final Option CONV = Option.integers("conv", List.of(), 1, 256, 4, "Conv blocks",
            "Conv blocks before --hidden (square images only): channels per block, each conv 3×3 → activation → max pool 2×2");
    public static final Option SHARING = Option.choice("sharing", null, List.of("layer", "neuron"), "Sharing",
            "Parameter sharing of the activations").defaultDescribedAs("the family's");
    public static final Option BLOCK = Option.choice("block", "plain", EnumText.labels(Architecture.Block.class), "Blocks",
            "Hidden layers: plain (dense → norm → activation), or residual pre-norm blocks x + W₂·f(W₁·norm(x)) + b₂, one "
            + "per --hidden entry (all entries equal), between an input dense layer and a final norm");
    public static final Option NORM = Option.choice("norm", "none", EnumText.labels(Architecture.Norm.class), "Norm",
            "Normalisation of the hidden layers: LayerNorm (per row), BatchNorm (per feature over the batch) or none; "
            + "before each residual block's first layer, or after each plain dense layer");
    public static final Option PROCEDURE = Option.choice("procedure", ProcedureOptions.DEFAULT, Procedures.names(),
            "Procedure", "Training procedure");

    /** What a change of config asks of a running experiment. */
    public enum Change {
        /** Nothing differs. */
        NONE,
        /** Only the learning rates differ: the next step can use them. */
        LIVE,
        /** Anything else: a new network. */
        REBUILD
    }

    /** A config with plain hidden layers and no norm, the classic MLP (or CNN). */
    public ExperimentConfig(String dataset, DataOptions data, ActivationSpec activation, Sharing sharing,
                            List<Integer> hidden, TrainingOptions training, List<Integer> conv,
                            ProcedureOptions procedure) {
        this(dataset, data, activation, sharing, hidden, training, conv, procedure, Architecture.PLAIN);
    }

    public ExperimentConfig {
        if (architecture == null) architecture = Architecture.PLAIN;
        if (data == null) data = DataOptions.defaults();
        if (training == null) training = TrainingOptions.defaults();
        if (procedure == null) procedure = ProcedureOptions.defaults();
        hidden = List.copyOf(hidden);
        conv = conv == null ? List.of() : List.copyOf(conv);
        if (hidden.isEmpty()) throw new OptionException("--hidden needs at least one layer");
        HIDDEN.check(hidden);
        CONV.check(conv);
        if (architecture.block() == Architecture.Block.RESIDUAL && hidden.stream().distinct().count() > 1) {
            throw new OptionException("--hidden " + HIDDEN.format(hidden) + ": residual blocks add onto one stream, so "
                    + "every width must be the same; give equal widths, e.g. " + HIDDEN.format(
                    java.util.Collections.nCopies(hidden.size(), hidden.get(0))));
        }
        Procedures.Info p = Procedures.info(procedure.name());
        if (!p.supports(activation.family())) {
            throw new OptionException("--procedure " + p.name() + " needs the bspline family, not " + activation.family());
        }
        for (int e : procedure.refineEpochs()) {
            if (e > training.epochs()) {
                throw new OptionException("--refine-epochs " + e + " is beyond the planned " + training.epochs()
                        + " epochs; give epochs of 1 to " + training.epochs());
            }
        }
    }

    /** The sharing mode in force: the one given, or the family's default. */
    public Sharing sharingFor(Activation a) {
        return sharing != null ? sharing : a.defaultSharing();
    }

    /** The sharing mode in force, from the family's default when none is given. */
    public Sharing effectiveSharing() {
        return sharing != null ? sharing : ActivationRegistry.create(ActivationSpec.of(activation.family())).defaultSharing();
    }

    public int[] hiddenArray() {
        return hidden.stream().mapToInt(Integer::intValue).toArray();
    }

    public int[] convArray() {
        return conv.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether going from {@code before} to this config needs a new network, only new rates, or nothing. */
    public Change changeFrom(ExperimentConfig before) {
        if (equals(before)) return Change.NONE;
        ExperimentConfig beforeWithTheseRates = before.withTraining(before.training.withRates(training.lr(), training.actLr()));
        return beforeWithTheseRates.equals(this) ? Change.LIVE : Change.REBUILD;
    }

    public ExperimentConfig withDataset(String name, DataOptions options) {
        return new ExperimentConfig(name, options, activation, sharing, hidden, training, conv, procedure, architecture);
    }

    public ExperimentConfig withData(DataOptions options) {
        return new ExperimentConfig(dataset, options, activation, sharing, hidden, training, conv, procedure, architecture);
    }

    public ExperimentConfig withActivation(ActivationSpec spec) {
        return new ExperimentConfig(dataset, data, spec, sharing, hidden, training, conv, procedure, architecture);
    }

    public ExperimentConfig withSharing(Sharing s) {
        return new ExperimentConfig(dataset, data, activation, s, hidden, training, conv, procedure, architecture);
    }

    public ExperimentConfig withHidden(List<Integer> widths) {
        return new ExperimentConfig(dataset, data, activation, sharing, widths, training, conv, procedure, architecture);
    }

    public ExperimentConfig withTraining(TrainingOptions t) {
        return new ExperimentConfig(dataset, data, activation, sharing, hidden, t, conv, procedure, architecture);
    }

    public ExperimentConfig withConv(List<Integer> channels) {
        return new ExperimentConfig(dataset, data, activation, sharing, hidden, training, channels, procedure, architecture);
    }

    public ExperimentConfig withArchitecture(Architecture a) {
        return new ExperimentConfig(dataset, data, activation, sharing, hidden, training, conv, procedure, a);
    }

    public ExperimentConfig withProcedure(ProcedureOptions p) {
        return new ExperimentConfig(dataset, data, activation, sharing, hidden, training, conv, p, architecture);
    }
}
