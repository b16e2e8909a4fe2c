package org.activationworkbench.ui.model;

import org.activationworkbench.data.DatasetException;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.train.TrainingOptions;

/** The window's words and numbers about a run that are not its state: hints, errors, a preset's pace. */
final class RunWords {

    private RunWords() {
    }

    /** What to watch in a run no preset describes (a form change, another dataset, an imported file). */
    static String hint(RunDescription d) {
        String data = d.dataset().name();
        int slash = Math.max(data.lastIndexOf('/'), data.lastIndexOf('\\'));
        return data.substring(slash + 1) + " with " + d.activation().family() + " activations: watch each layer's "
                + "curve bend away from its dashed start as the loss falls.";
    }

    /** Steps per second at which the run's planned epochs take about the preset's seconds (at least 1). */
    static double pace(Preset p, RunDescription run) {
        TrainingOptions t = run.config().training();
        int rows = run.dataset().train().rows();
        long steps = (long) t.epochs() * ((rows + t.batch() - 1) / Math.max(1, Math.min(t.batch(), rows)));
        return Math.max(1, Math.round(steps / p.seconds()));
    }

    /** An error in words for the user: through wrappers to its cause; a dataset problem with the window's advice. */
    static String userMessage(Throwable err) {
        Throwable t = err;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException || t.getCause() instanceof DatasetException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof DatasetException d) return WindowAdvice.message(d);
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
