package org.activationworkbench.cli;

import java.util.Locale;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.train.TrainingOptions;
import picocli.CommandLine.Option;

/** The network and optimizer options `train` and `compare` share; defaults left out depend on the data. */
final class TrainingFlags {

    @Option(names = "--hidden", paramLabel = "W1,W2,...", defaultValue = "32,32",
            description = "Hidden layer widths (default ${DEFAULT-VALUE}).")
    String hidden;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Epochs (default: about 1,500 steps' worth for small sets, 10 from 5,000 training rows).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "B", description = "Mini-batch size (default: 32, or 128 for large datasets).")
    Integer batch;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate of the weights (default: 0.01, or 0.001 for large datasets).")
    Double lr;

    @Option(names = "--act-lr", paramLabel = "X", description = "Learning rate of the activation parameters (default: --lr; 0 freezes them).")
    Double actLr;

    @Option(names = "--optimizer", paramLabel = "adam|adamw|sgd", defaultValue = "adam", description = "Optimizer (default ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--momentum", paramLabel = "M", defaultValue = "0.9", description = "SGD momentum (default ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--nesterov", description = "SGD with Nesterov momentum.")
    boolean nesterov;

    @Option(names = "--weight-decay", paramLabel = "X", defaultValue = "0", description = "Weight decay of the weights (default ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--schedule", paramLabel = "constant|cosine", defaultValue = "cosine",
            description = "Learning-rate schedule over the epochs (default ${DEFAULT-VALUE}).")
    String schedule;

    @Option(names = "--clip", paramLabel = "NORM", description = "Clip the global gradient norm (default: off; 1 for slaf).")
    Double clip;

    @Option(names = "--sharing", paramLabel = "layer|neuron", description = "Parameter sharing (default: the family's).")
    String sharing;

    int[] hiddenWidths() {
        return Numbers.parseIntList(hidden, "--hidden");
    }

    /** The sharing given, or null for each family's default. */
    Sharing sharingOrDefault() {
        return sharing == null ? null : Sharing.parse(sharing);
    }

    /** Training options for one run of the family on this data with this seed. */
    TrainingOptions options(Dataset data, String family, long seed) {
        TrainingDefaults d = TrainingDefaults.forDataset(data);
        double weightLr = lr != null ? lr : d.lr();
        double clipNorm = clip != null ? clip : ("slaf".equals(family) ? 1.0 : 0.0);
        return new TrainingOptions(epochs != null ? epochs : d.epochs(), batch != null ? batch : d.batch(), weightLr,
                actLr != null ? actLr : weightLr, optimizer.toLowerCase(Locale.ROOT), momentum, nesterov, weightDecay,
                0, clipNorm, seed, schedule.toLowerCase(Locale.ROOT));
    }
}
