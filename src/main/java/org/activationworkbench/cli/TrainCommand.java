package org.activationworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.experiment.RunResult;
import org.activationworkbench.export.RunFiles;
import org.activationworkbench.io.OutputTarget;
import org.activationworkbench.train.PhaseChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true, abbreviateSynopsis = true, sortOptions = false,
        description = "Train one network headless and write metrics, activations, parameters, run.json and plots into --out.")
final class TrainCommand implements Callable<Integer>, TakesSchemaFlags {

    @Option(names = "--dataset", paramLabel = "NAME|PATH",
            description = "A bundled dataset (see `datasets`), a CSV file, or a folder with an IDX quadruple.")
    String dataset;

    @Option(names = "--family", paramLabel = "NAME", description = "Activation family (see `families`).")
    String family;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Start from one of the window's presets (a word of its name, e.g. sin); options given here change it.")
    String preset;

    @Option(names = "--init-fit", paramLabel = "BASELINE",
            description = "Start as a least-squares fit to a fixed baseline, e.g. gelu.")
    String initFit;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if absent).")
    Path out;

    @Option(names = "--every-epoch", description = "Write activations.csv and parameters.csv at every epoch (default: at most 200 epochs spread over the run, the first and last included).")
    boolean everyEpoch;

    @Spec
    CommandSpec spec;

    private final SchemaFlags flags = new SchemaFlags().familyOptions().settings(ExperimentSchema.all());

    @Override
    public SchemaFlags schemaFlags() {
        return flags;
    }

    @Override
    public Integer call() throws Exception {
        ExperimentRecipe recipe = recipe();
        // every option is checked, --out too, and the data loaded before anything is written
        OutputTarget.checkFolderWritable("--out", out);
        Dataset data = recipe.loadData();
        ExperimentConfig config = recipe.config(data);
        Experiment experiment = new Experiment(config, data);

        System.out.println("dataset " + data.name() + ": " + data.description());
        System.out.println("model " + experiment.network().summary() + ", activation "
                + experiment.activation().displayName() + ", sharing " + experiment.sharing().label()
                + ", procedure " + config.procedure().name());
        ProgressBar bar = ProgressBar.onTerminal("training", config.training().epochs());
        RunResult result = experiment.run((e, total, row) -> bar.update(e, String.format(Locale.ROOT,
                "loss %.4f", row.testLoss())));
        bar.done();
        RunFiles.write(out, experiment, result, everyEpoch);
        MetricsRow last = result.last();
        System.out.println("phases " + phasesText(result.phases()));
        if (result.procedure().summary() != null) System.out.println(result.procedure().summary());
        if (experiment.activation() instanceof org.activationworkbench.activation.BSplineActivation) {
            System.out.println("outside the grid " + sharesText(experiment.outsideShares()) + " of the training inputs");
        }
        if (result.diverged()) {
            throw new IllegalStateException(result.divergence() + "; the run up to that point is in " + out);
        }
        System.out.println(String.format(Locale.ROOT, "final train_loss=%s test_loss=%s test_accuracy=%s seconds=%.2f",
                fmt(last.trainLoss()), fmt(last.testLoss()), fmt(last.testAccuracy()), result.seconds()));
        return 0;
    }

    /** The dataset, the family and the options given on the command line (over a preset's, with --preset). */
    ExperimentRecipe recipe() {
        ExperimentRecipe r;
        if (preset != null) {
            r = Preset.find(preset).orElseThrow(() -> new IllegalArgumentException("--preset: no preset matches '"
                    + preset + "' (presets: " + String.join(", ", Preset.all().stream().map(Preset::name).toList()) + ")"))
                    .recipe();
            if (dataset != null) r = new ExperimentRecipe(dataset, r.given());
        } else {
            if (dataset == null) throw new IllegalArgumentException("Missing required option: '--dataset=NAME|PATH'");
            if (family == null) throw new IllegalArgumentException("Missing required option: '--family=NAME'");
            r = new ExperimentRecipe(dataset, Map.of());
        }
        if (family != null) r = r.with("family", family);
        if (initFit != null) r = r.with("init-fit", initFit);
        for (Map.Entry<String, Object> e : flags.given(spec).entrySet()) r = r.with(e.getKey(), e.getValue());
        r.checkOptions();
        return r;
    }

    /** "layer 1 0.2 %, layer 2 0.6 %". */
    static String sharesText(List<Double> shares) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shares.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "layer %d %.1f %%", i + 1, 100 * shares.get(i)));
        }
        return sb.toString();
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

    private static String fmt(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
