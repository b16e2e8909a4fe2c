package org.activationworkbench.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.CompareRunner;
import org.activationworkbench.experiment.CompareSummary;
import org.activationworkbench.experiment.Defaults;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.train.OptimizerType;
import org.activationworkbench.experiment.ParameterMatch;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.train.TrainingOptions;

/**
 * The Compare view's state and its work: builds the runs (families, procedures or optimizers × seeds) from the
 * current experiment, trains them all on a worker with {@link CompareRunner} (round-robin by epoch, so the cores
 * are shared fairly), and exposes progress, the table rows and the per-group curves as properties.
 */
public final class CompareViewModel {

    /** What varies between the compared runs. */
    public enum Vary {
        FAMILIES("activation families", "family"),
        PROCEDURES("training procedures", "procedure"),
        OPTIMIZERS("optimizers", "optimizer");

        final String label;
        public final String column;

        Vary(String label, String column) {
            this.label = label;
            this.column = column;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** First column of the exported table: what varied in the last run ("family", "procedure", "optimizer"). */
    public volatile String tableColumn = "family";

    public final BooleanProperty running = new SimpleBooleanProperty(false);
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty status = new SimpleStringProperty("Pick what to compare, then Run.");
    public final ObservableList<CompareSummary.Row> rows = FXCollections.observableArrayList();
    /** Per group across its seeds: mean, sd, 95 % interval (filled with the rows). */
    public final ObservableList<CompareSummary.GroupStats> groups = FXCollections.observableArrayList();
    public final ObjectProperty<List<CompareRunner.Outcome>> outcomes = new SimpleObjectProperty<>(List.of());
    private volatile CompareRunner runner;

    /** The choices for a kind of variation, in menu order. */
    public static List<String> choices(Vary v) {
        return switch (v) {
            case FAMILIES -> ActivationRegistry.all().stream().map(FamilyInfo::name).toList();
            case PROCEDURES -> Procedures.all().stream().map(Procedures.Info::name).toList();
            case OPTIMIZERS -> OptimizerType.labels();
        };
    }

    /** Why a choice cannot be combined with the base experiment, or null when it can. */
    public static String unavailable(Vary v, String choice, ExperimentConfig base) {
        if (v == Vary.PROCEDURES && !Procedures.info(choice).supports(base.activation().family())) {
            return "needs the bspline family";
        }
        return null;
    }

    /**
     * As {@link #entries(ExperimentConfig, Vary, List, int, int)}, with every network's hidden widths matched to
     * the largest one's total parameter count (±5 %) when matchParameters is set.
     */
    public static List<CompareRunner.Entry> entries(ExperimentConfig base, Vary v, List<String> picks, int seeds, int epochs,
                                                    boolean matchParameters, Dataset data) {
        List<CompareRunner.Entry> e = entries(base, v, picks, seeds, epochs);
        return matchParameters ? ParameterMatch.match(e, data, null) : e;
    }

    /** One run per choice and seed (seeds 0..n−1), everything else as in the base experiment. */
    public static List<CompareRunner.Entry> entries(ExperimentConfig base, Vary v, List<String> picks, int seeds, int epochs) {
        if (picks.isEmpty()) throw new IllegalArgumentException("Tick at least one of the " + v.label + " to compare.");
        List<CompareRunner.Entry> out = new ArrayList<>();
        for (String pick : picks) {
            for (int seed = 0; seed < seeds; seed++) {
                out.add(new CompareRunner.Entry(pick, variant(base, v, pick, seed, epochs)));
            }
        }
        return out;
    }

    private static ExperimentConfig variant(ExperimentConfig c, Vary v, String pick, long seed, int epochs) {
        TrainingOptions t = c.training();
        OptimizerType optimizer = v == Vary.OPTIMIZERS ? OptimizerType.parse(pick) : t.optimizer();
        TrainingOptions o = t.withEpochs(epochs).withOptimizer(optimizer).withSeed(seed);
        ExperimentConfig run = c.withTraining(o);
        if (v == Vary.PROCEDURES) run = run.withProcedure(c.procedure().withName(pick));
        // another family starts from its own defaults (options, sharing, clipping; joint if the procedure needs bspline)
        return v == Vary.FAMILIES ? Defaults.withFamily(run, pick) : run;
    }

    /**
     * Trains every entry on the data on a worker; completes on the FX thread with true when all finished
     * (false when cancelled or failed: the message is in {@link #status}, finished runs stay in the table).
     */
    public CompletableFuture<Boolean> run(Dataset data, List<CompareRunner.Entry> entries, double targetLoss) {
        int threads = Math.max(1, Math.min(entries.size(), Runtime.getRuntime().availableProcessors() - 1));
        CompareRunner r = new CompareRunner(data, entries, threads);
        int total = entries.stream().mapToInt(e -> e.config().training().epochs()).sum();
        AtomicInteger epochsDone = new AtomicInteger();
        runner = r;
        running.set(true);
        progress.set(0);
        rows.clear();
        groups.clear();
        outcomes.set(List.of());
        status.set("Training " + entries.size() + " runs on " + data.name() + " (" + threads + " at a time)…");
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                List<CompareRunner.Outcome> out = r.run((entry, epoch, epochs, row) -> {
                    double f = epochsDone.incrementAndGet() / (double) Math.max(1, total);
                    Platform.runLater(() -> progress.set(f));
                });
                boolean complete = epochsDone.get() >= total;
                Platform.runLater(() -> finish(out, targetLoss, complete, done));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Platform.runLater(() -> fail("interrupted", done));
            } catch (RuntimeException | OutOfMemoryError e) {
                Platform.runLater(() -> fail(WorkbenchViewModel.userMessage(e), done));
            }
        }, "compare-driver");
        worker.setDaemon(true);
        worker.start();
        return done;
    }

    private void finish(List<CompareRunner.Outcome> out, double targetLoss, boolean complete, CompletableFuture<Boolean> done) {
        runner = null;
        running.set(false);
        outcomes.set(out);
        rows.setAll(CompareSummary.table(out, targetLoss));
        groups.setAll(CompareSummary.groups(rows));
        long diverged = rows.stream().filter(CompareSummary.Row::diverged).count();
        status.set((complete ? "Done: " : "Cancelled; shown as far as trained: ") + out.size() + " runs"
                + (diverged > 0 ? ", " + diverged + " diverged" : "") + ".");
        if (complete) progress.set(1);
        done.complete(complete && !cancelledOrEmpty(out));
    }

    private static boolean cancelledOrEmpty(List<CompareRunner.Outcome> out) {
        return out.isEmpty();
    }

    private void fail(String message, CompletableFuture<Boolean> done) {
        runner = null;
        running.set(false);
        status.set("The comparison stopped: " + message);
        done.complete(false);
    }

    public void cancel() {
        CompareRunner r = runner;
        if (r != null) {
            r.cancel();
            status.set("Cancelling after the epochs in progress…");
        }
    }
}
