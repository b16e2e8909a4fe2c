package org.activationworkbench.study;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;

/**
 * Trains a study's independent runs on a small fixed pool, one whole run per task, checking for cancellation
 * after every epoch. Each run owns its network and seed, so its numbers do not depend on the scheduling.
 */
final class RunPool {

    private final StudyContext context;

    RunPool(StudyContext context) {
        this.context = context;
    }

    List<StudyOutcome> train(List<StudyRun> runs) {
        return map(runs, this::trainOne);
    }

    /**
     * f applied to every item on the pool, results in the items' order; for independent jobs (a run each, an
     * attack on one trained network each). Cancellation is checked before each job.
     */
    <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> f) {
        context.checkCancelled();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(context.threads(), Math.max(1, items.size())), r -> {
            Thread t = new Thread(r, "study");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    context.checkCancelled();
                    return f.apply(item);
                }));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> fu : futures) out.add(fu.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StudyCancelledException(context.studyName());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err; // an OutOfMemoryError gets its own advice upstream
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private StudyOutcome trainOne(StudyRun run) {
        context.checkCancelled();
        Experiment e = new Experiment(run.config(), run.data());
        if (run.prepare() != null) run.prepare().accept(e);
        EpochRunner runner = new EpochRunner(e);
        while (runner.runEpoch()) context.checkCancelled();
        e.network().releaseWorkspace();   // a study keeps every trained network: only its parameters need stay
        StudyOutcome o = new StudyOutcome(run, e, runner.result());
        context.finished(run.key() + (o.result().diverged() ? " (diverged)" : ""));
        return o;
    }
}
