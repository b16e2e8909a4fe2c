package org.activationworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.data.Task;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.export.RunFiles;
import org.activationworkbench.train.PhaseChange;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train one network headless and write metrics, activations, parameters, run.json and plots into --out.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "NAME|PATH",
            description = "A bundled dataset (see `datasets`), a CSV file, or a folder with an IDX quadruple.")
    String dataset;

    @Mixin
    FamilyOptions family;

    @Mixin
    TrainingFlags flags;

    @Option(names = "--conv", paramLabel = "C1,C2,...",
            description = "Conv blocks before --hidden (square images only): channels per block, each conv 3×3 → activation → max pool 2×2.")
    String conv;

    @Option(names = "--block", paramLabel = "plain|residual", defaultValue = "plain",
            description = "Hidden layers: plain, or residual pre-norm blocks x + W2·f(W1·norm(x)), one per --hidden entry (all equal) (default ${DEFAULT-VALUE}).")
    String block;

    @Option(names = "--norm", paramLabel = "layer|batch|none", defaultValue = "none",
            description = "Normalisation: LayerNorm, BatchNorm or none; before each block's first layer (residual) or after each dense layer (plain) (default ${DEFAULT-VALUE}).")
    String norm;

    @Option(names = "--procedure", paramLabel = "NAME", defaultValue = ProcedureOptions.DEFAULT,
            description = "Training procedure (default ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.",
            completionCandidates = ProcedureNames.class)
    String procedure;

    @Option(names = "--act-lr-scale", paramLabel = "X", defaultValue = "10",
            description = "joint-scaled: activation learning rate × this (default ${DEFAULT-VALUE}).")
    double actLrScale;

    @Option(names = "--phase-epochs", paramLabel = "N", defaultValue = "1",
            description = "warmup-frozen, activations-first, freeze-late: epochs of the special phase (default ${DEFAULT-VALUE}).")
    int phaseEpochs;

    @Option(names = "--alternate-steps", paramLabel = "N", defaultValue = "50",
            description = "alternating: steps per turn (default ${DEFAULT-VALUE}).")
    int alternateSteps;

    @Option(names = "--tv2", paramLabel = "LAMBDA", defaultValue = "1e-3",
            description = "tv2: weight of the TV2 penalty on the knots (default ${DEFAULT-VALUE}).")
    double tv2;

    @Option(names = "--prune-threshold", paramLabel = "X", defaultValue = "0.05",
            description = "tv2: knots whose slope change is below this are pruned after training (default ${DEFAULT-VALUE}).")
    double pruneThreshold;

    @Option(names = "--refine-epochs", paramLabel = "E1,E2,...",
            description = "grid-refine: epochs after which the knots double (default: a third and two thirds of --epochs).")
    String refineEpochs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of weights, batch order and generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--target", paramLabel = "COLUMN", description = "CSV target column (default: the last).")
    String target;

    @Option(names = "--task", paramLabel = "classification|regression", description = "CSV task (default: guessed from the target).")
    String task;

    @Option(names = "--ignore", paramLabel = "COLUMN", split = ",", description = "CSV columns to leave out.")
    List<String> ignore;

    @Option(names = "--drop-missing", description = "Drop CSV rows with missing values instead of failing.")
    boolean dropMissing;

    @Option(names = "--samples", paramLabel = "N", description = "Size of a generated dataset.")
    Integer samples;

    @Option(names = "--noise", paramLabel = "X", description = "Noise of a generated dataset.")
    Double noise;

    @Option(names = "--test-ratio", paramLabel = "R", defaultValue = "0.2", description = "Share of rows held out for testing (default ${DEFAULT-VALUE}).")
    double testRatio;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if absent).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!(testRatio > 0 && testRatio < 1)) throw new IllegalArgumentException("--test-ratio must be between 0 and 1, got " + testRatio);
        Task taskOverride = task == null ? null : parseTask(task);
        DataOptions dataOptions = new DataOptions(samples, noise, seed, testRatio, target, taskOverride,
                ignore == null ? List.of() : List.copyOf(ignore), dropMissing);
        int[] widths = flags.hiddenWidths();
        Sharing share = flags.sharingOrDefault();
        // everything is validated and loaded before anything is written
        Dataset data = new DatasetRegistry().load(dataset, dataOptions);
        TrainingOptions training = flags.options(data, family.family, seed);
        ProcedureOptions proc = new ProcedureOptions(Procedures.info(procedure).name(), actLrScale, phaseEpochs,
                alternateSteps, tv2, pruneThreshold,
                refineEpochs == null ? new int[0] : Numbers.parseIntList(refineEpochs, "--refine-epochs"));
        int[] channels = conv == null ? new int[0] : Numbers.parseIntList(conv, "--conv");
        ExperimentConfig config = new ExperimentConfig(dataset, dataOptions, family.toSpec(), share, widths, training,
                channels, proc);
        Architecture architecture = new Architecture(Architecture.Block.parse(block, "--block"),
                Architecture.Norm.parse(norm, "--norm"));
        Experiment experiment = new Experiment(config, data, architecture);

        System.out.println("dataset " + data.name() + ": " + data.description());
        System.out.println("model " + experiment.network().summary() + ", activation "
                + experiment.activation().displayName() + ", sharing " + experiment.sharing().label()
                + ", procedure " + proc.name());
        ProgressBar bar = ProgressBar.onTerminal("training", training.epochs());
        RunResult result = experiment.run((e, total, row) -> bar.update(e, String.format(Locale.ROOT,
                "loss %.4f", row.testLoss())));
        bar.done();
        RunFiles.write(out, experiment, result);
        MetricsRow last = result.last();
        System.out.println("phases " + phasesText(result.phases()));
        if (result.procedure().summary() != null) System.out.println(result.procedure().summary());
        if (result.diverged()) {
            throw new IllegalStateException(result.divergence() + "; the run up to that point is in " + out);
        }
        System.out.println(String.format(Locale.ROOT, "final train_loss=%s test_loss=%s test_accuracy=%s seconds=%.2f",
                fmt(last.trainLoss()), fmt(last.testLoss()), fmt(last.testAccuracy()), result.seconds()));
        return 0;
    }

    /** "0 joint" or "0 weights-only, 300 joint" (step where each phase began); long lists are cut short. */
    static String phasesText(List<PhaseChange> phases) {
        int shown = Math.min(phases.size(), 6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) sb.append(", ");
            sb.append("step ").append(phases.get(i).step()).append(' ').append(phases.get(i).phase());
        }
        if (shown < phases.size()) sb.append(", … (").append(phases.size()).append(" changes, see phases.csv)");
        return sb.toString();
    }

    /** Procedure names for --help. */
    static final class ProcedureNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Procedures.all().stream().map(Procedures.Info::name).iterator();
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static Task parseTask(String t) {
        for (Task k : Task.values()) {
            if (k.label().equalsIgnoreCase(t.trim())) return k;
        }
        throw new IllegalArgumentException("--task must be classification or regression, got '" + t + "'");
    }
}
