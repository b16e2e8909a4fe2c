package org.activationworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.CompareRunner;
import org.activationworkbench.experiment.CompareSummary;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.ParameterMatch;
import org.activationworkbench.experiment.Setting;
import org.activationworkbench.export.CompareExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, abbreviateSynopsis = true, sortOptions = false,
        description = "Train several families × seeds on the same data at once; write compare.csv and overlay plots into --out.")
final class CompareCommand implements Callable<Integer>, TakesSchemaFlags {

    @Option(names = "--dataset", required = true, paramLabel = "NAME|PATH", description = "A bundled dataset, a CSV file or an IDX folder.")
    String dataset;

    @Option(names = "--families", required = true, paramLabel = "A,B,...", split = ",", description = "Families to compare, with their default options.")
    List<String> families;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "3", description = "Seeds per family: 0 .. N-1 (default ${DEFAULT-VALUE}).")
    int seeds;

    @Spec
    CommandSpec spec;

    /** The network and training settings of `train`, and the generated data's size and noise. */
    private final SchemaFlags flags = new SchemaFlags().settings(ExperimentSchema.all().stream()
            .filter(s -> s.group() == Setting.Group.NETWORK || s.group() == Setting.Group.TRAINING
                    || s.option() == DataOptions.SAMPLES || s.option() == DataOptions.NOISE).toList());

    @Override
    public SchemaFlags schemaFlags() {
        return flags;
    }

    @Option(names = "--target-loss", paramLabel = "X", description = "Train loss for the steps_to_target column.")
    Double targetLoss;

    @Option(names = "--data-seed", paramLabel = "S", defaultValue = "0", description = "Seed of generated data and the split, the same for every run (default ${DEFAULT-VALUE}).")
    long dataSeed;

    @Option(names = "--match-params", description = "Widen each family's hidden layers so every network's total parameter count is within ±5 %% of the largest's (or of --params).")
    boolean matchParams;

    @Option(names = "--params", paramLabel = "N", description = "The total parameter count --match-params matches (implies it; default: the largest network's).")
    Long params;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Worker threads sharing the runs (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "2", description = "PNG scale, 1 to 4 (default ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if absent).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        if (!(scale >= 1 && scale <= 4)) throw new IllegalArgumentException("--scale must be between 1 and 4, got " + scale);
        if (targetLoss != null && !(targetLoss > 0)) throw new IllegalArgumentException("--target-loss must be positive, got " + targetLoss);
        Map<String, Object> given = flags.given(spec);
        List<String> names = new ArrayList<>();
        for (String f : families) {
            String name = f.trim().toLowerCase(Locale.ROOT);
            ActivationRegistry.info(name);   // unknown family: fails here, before any training
            if (names.contains(name)) throw new IllegalArgumentException("--families names " + name + " twice");
            names.add(name);
        }
        org.activationworkbench.io.OutputTarget.checkFolderWritable("--out", out);
        ExperimentRecipe base = new ExperimentRecipe(dataset, given).with("seed", dataSeed);
        Dataset data = base.loadData();
        List<CompareRunner.Entry> entries = new ArrayList<>();
        for (String name : names) {
            ExperimentConfig c = base.with("family", name).config(data);
            for (int s = 0; s < seeds; s++) {
                // the data and its split stay those of --data-seed; each run's weights and batches follow its seed
                entries.add(new CompareRunner.Entry(name, c.withTraining(c.training().withSeed(s))));
            }
        }
        if (params != null && params < 1) throw new IllegalArgumentException("--params must be at least 1, got " + params);
        if (matchParams || params != null) entries = ParameterMatch.match(entries, data, params);
        int total = entries.stream().mapToInt(e -> e.config().training().epochs()).sum();
        ProgressBar bar = ProgressBar.onTerminal("comparing", total);
        AtomicInteger done = new AtomicInteger();
        List<CompareRunner.Outcome> outcomes = new CompareRunner(data, entries, threads)
                .run((e, epoch, epochs, row) -> {
                    synchronized (bar) {
                        bar.update(done.incrementAndGet(), e.group() + " seed " + e.config().training().seed());
                    }
                });
        bar.done();
        double target = targetLoss == null ? Double.NaN : targetLoss;
        CompareExport.write(out, outcomes, target, scale);
        for (CompareSummary.Row r : CompareSummary.table(outcomes, target)) {
            System.out.println(String.format(Locale.ROOT, "%s\tseed %d\tparameters=%d%s\ttest_loss=%.6g\ttest_accuracy=%s%s",
                    r.group(), r.seed(), r.totalParameters(),
                    r.unmatchedParameters() < 0 ? "" : " (hidden " + java.util.Arrays.toString(r.hidden()).replaceAll("[\\[\\] ]", "")
                            + "; " + r.unmatchedParameters() + " before matching)", r.testLoss(), Double.isNaN(r.testAccuracy()) ? "" : String.format(Locale.ROOT, "%.4f", r.testAccuracy()),
                    r.diverged() ? "\tdiverged" : ""));
        }
        System.out.println("wrote " + out.resolve(CompareExport.TABLE) + ", " + CompareExport.SUMMARY
                + ", curves.png/.svg, activations.png/.svg");
        return 0;
    }
}
