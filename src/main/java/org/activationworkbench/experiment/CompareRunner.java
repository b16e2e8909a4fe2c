package org.activationworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.train.Evaluation;

/**
 * Trains several configurations on the same data at once (families, seeds or training settings). A fixed pool
 * of {@code threads} workers takes one epoch of one run at a time; a run's next epoch goes to the back of the
 * queue, so the runs advance round-robin and share the cores fairly. Each run is touched by one worker at a
 * time and has its own network and session, so its numbers are those of the same run trained alone.
 */
public final class CompareRunner {

    /**
     * One configuration to compare: a label to group by (the family, a setting) and the config; when its hidden
     * widths were matched to a parameter count ({@link ParameterMatch}), the total parameters it had before, else -1.
     */
    public record Entry(String group, ExperimentConfig config, long unmatchedParameters) {
        public Entry(String group, ExperimentConfig config) {
            this(group, config, -1);
        }
    }

    /**
     * A finished run of the comparison, with its final loss and accuracy on the WHOLE training split (the
     * metrics rows only have the running mean over the last logging interval's mini-batches).
     */
    public record Outcome(Entry entry, Experiment experiment, RunResult result, Evaluation trainSet) { }

    /** Told after every epoch of every run (from a worker thread). */
    public interface Listener {
        void epochEnded(Entry entry, int epoch, int epochs, MetricsRow row);
    }

    private final Dataset data;
    private final List<Entry> entries;
    private final int threads;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public CompareRunner(Dataset data, List<Entry> entries, int threads) {
        if (entries.isEmpty()) throw new IllegalArgumentException("nothing to compare");
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        this.data = data;
        this.entries = List.copyOf(entries);
        this.threads = threads;
    }

    /** Stops after the epochs in progress; {@link #run} then returns what was trained so far. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Trains every entry to its configured epochs (or divergence) and returns the outcomes in entry order. */
    public List<Outcome> run(Listener listener) throws InterruptedException {
        List<EpochRunner> runners = new ArrayList<>();
        for (Entry e : entries) runners.add(new EpochRunner(new Experiment(e.config(), data)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "compare");
            t.setDaemon(true);
            return t;
        });
        CountDownLatch left = new CountDownLatch(runners.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            for (int i = 0; i < runners.size(); i++) {
                submit(pool, i, runners.get(i), left, failure, listener);
            }
            left.await();
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) throw failure.get();
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < runners.size(); i++) {
            Experiment e = runners.get(i).experiment();
            // a diverged network's train metrics are as undefined as its test metrics
            Evaluation train = runners.get(i).result().diverged() ? new Evaluation(Double.NaN, Double.NaN)
                    : e.session().evaluate(e.dataset().train());
            out.add(new Outcome(entries.get(i), e, runners.get(i).result(), train));
        }
        return out;
    }

    private void submit(ExecutorService pool, int i, EpochRunner r, CountDownLatch left,
                        AtomicReference<RuntimeException> failure, Listener listener) {
        try {
            pool.execute(() -> {
                try {
                    if (!cancelled.get() && failure.get() == null && r.runEpoch()) {
                        if (listener != null) {
                            List<MetricsRow> rows = r.rows();
                            listener.epochEnded(entries.get(i), r.experiment().session().epochsDone(),
                                    entries.get(i).config().training().epochs(), rows.get(rows.size() - 1));
                        }
                        if (!r.done()) {
                            submit(pool, i, r, left, failure, listener);   // to the back of the queue
                            return;
                        }
                    }
                } catch (RuntimeException ex) {
                    failure.compareAndSet(null, ex);
                }
                left.countDown();
            });
        } catch (RejectedExecutionException ex) {
            left.countDown();
        }
    }
}
