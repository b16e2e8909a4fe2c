package org.activationworkbench.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;

/**
 * What a running study may use: its size (quick or default), its output folder, progress and cancellation, a
 * small pool for independent runs, and a cache of loaded datasets.
 */
public final class StudyContext {

    /** Workers for independent runs: the machine this was written for has two cores. */
    public static final int THREADS = 2;

    private final String studyName;
    private final boolean quick;
    private final Path outDir;
    private final StudyProgress progress;
    private final BooleanSupplier cancel;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, Dataset> datasets = new ConcurrentHashMap<>();
    private final DatasetRegistry registry = new DatasetRegistry();
    private final long startNanos = System.nanoTime();
    private final double startCpuSeconds = processCpuSeconds();
    private final double startLoad = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    StudyContext(String studyName, boolean quick, Path outDir, StudyProgress progress, BooleanSupplier cancel) {
        this.studyName = studyName;
        this.quick = quick;
        this.outDir = outDir;
        this.progress = progress == null ? StudyProgress.NONE : progress;
        this.cancel = cancel == null ? () -> false : cancel;
    }

    public String studyName() {
        return studyName;
    }

    public boolean quick() {
        return quick;
    }

    public Path outDir() {
        return outDir;
    }

    public int threads() {
        return THREADS;
    }

    /** Announces n more units of work (runs, measurements) so progress can show a total. */
    public void plan(int units) {
        total.addAndGet(units);
        progress.report(done.get(), total.get(), "planned " + total.get() + " steps");
    }

    /** One unit of work finished. */
    public void finished(String message) {
        progress.report(done.incrementAndGet(), Math.max(total.get(), done.get()), message);
    }

    /** Throws {@link StudyCancelledException} once cancellation was asked for. */
    public void checkCancelled() {
        if (cancel.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new StudyCancelledException(studyName);
        }
    }

    /** Trains the runs (in parallel where possible); outcomes in the order given. Counts each run as one unit. */
    public List<StudyOutcome> train(List<StudyRun> runs) {
        plan(runs.size());
        return new RunPool(this).train(runs);
    }

    /**
     * f applied to every item on the study's workers (independent jobs, e.g. attacking each trained network);
     * results in order. Counts each item as one unit of progress.
     */
    public <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> f, String what) {
        plan(items.size());
        return new RunPool(this).map(items, item -> {
            R r = f.apply(item);
            finished(what);
            return r;
        });
    }

    /** A registry dataset with the given options, loaded once per study. */
    public Dataset dataset(String name, DataOptions options) {
        String key = name + "|" + options;
        return datasets.computeIfAbsent(key, k -> registry.load(name, options));
    }

    public Dataset dataset(String name) {
        return dataset(name, DataOptions.defaults());
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * CPU seconds this process spent since the study started (every thread, JIT and GC included; NaN where the
     * JVM does not tell): on a machine shared with other work the wall time says little, this says what the
     * study costs.
     */
    public double cpuSeconds() {
        return processCpuSeconds() - startCpuSeconds;
    }

    /** The system's one-minute load average when the study started (NaN where unknown). */
    public double startLoad() {
        return startLoad >= 0 ? startLoad : Double.NaN;
    }

    private static double processCpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            long t = os.getProcessCpuTime();
            return t < 0 ? Double.NaN : t / 1e9;
        }
        return Double.NaN;
    }
}
