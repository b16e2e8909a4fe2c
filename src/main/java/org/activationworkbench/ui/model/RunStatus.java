package org.activationworkbench.ui.model;

import java.util.List;
import java.util.Locale;
import org.activationworkbench.experiment.Defaults;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.live.TrainerState;

/**
 * The transport's words for the run: the one-line status ("Done: 60 epochs, test accuracy 97 %: press Play to go
 * on") and the speed in a class's units (epochs per second for small data, steps and samples per second for large).
 */
public final class RunStatus {

    private RunStatus() {
    }

    /**
     * The sentence for a state that is not plain training or pausing, else empty.
     *
     * @param rows the run's metrics rows, for the last test figure when the state's own row has none
     */
    public static String sentence(TrainerState s, RunDescription run, List<MetricsRow> rows) {
        if (s == null || run == null) return "";
        long epochs = Math.round(s.snapshot().epoch());
        return switch (s.status()) {
            case DONE -> String.format(Locale.ROOT, "Done: %,d epochs%s: press Play to go on", epochs,
                    testFigure(s.snapshot().metrics(), rows, run.classification()));
            case DIVERGED -> String.format(Locale.ROOT, "Diverged at step %,d: roll back, reset, or Play to try on",
                    s.snapshot().step());
            case FAILED -> "Stopped by an error: Reset or Apply to start over";
            case PAUSED, PLAYING -> "";
        };
    }

    /** ", test accuracy 97 %" (classification) or ", test loss 0.0213" (regression), or empty. */
    static String testFigure(MetricsRow own, List<MetricsRow> rows, boolean classification) {
        MetricsRow r = own != null && finite(own, classification) ? own : lastFinite(rows, classification);
        if (r == null) return "";
        return classification ? String.format(Locale.ROOT, ", test accuracy %.0f %%", 100 * r.testAccuracy())
                : String.format(Locale.ROOT, ", test loss %.3g", r.testLoss());
    }

    private static boolean finite(MetricsRow r, boolean classification) {
        return Double.isFinite(classification ? r.testAccuracy() : r.testLoss());
    }

    private static MetricsRow lastFinite(List<MetricsRow> rows, boolean classification) {
        if (rows == null) return null;
        for (int i = rows.size() - 1; i >= 0; i--) if (finite(rows.get(i), classification)) return rows.get(i);
        return null;
    }

    /**
     * The measured speed: "2.0 epochs/s" for small data (with steps/s too when slower than an epoch a second),
     * "45 steps/s · 5,760 samples/s" for large; "…" until there is enough to measure.
     */
    public static String speed(double stepsPerSecond, double epochsPerSecond, int trainRows, int batch) {
        if (!Double.isFinite(stepsPerSecond) || !Double.isFinite(epochsPerSecond)) return "measuring…";
        if (trainRows < Defaults.LARGE) {
            String epochs = rate(epochsPerSecond) + " epochs/s";
            return epochsPerSecond >= 1 ? epochs : rate(stepsPerSecond) + " steps/s · " + epochs;
        }
        double samples = stepsPerSecond * Math.min(batch, trainRows);
        return rate(stepsPerSecond) + " steps/s · " + String.format(Locale.ROOT, "%,.0f", samples) + " samples/s";
    }

    /** Two significant digits below 100, whole numbers above: "0.083", "2.0", "37", "1,250". */
    static String rate(double v) {
        if (v >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (v >= 10) return String.format(Locale.ROOT, "%.0f", v);
        if (v >= 1) return String.format(Locale.ROOT, "%.1f", v);
        if (v <= 0) return "0";
        return String.format(Locale.ROOT, "%.2g", v);
    }

    /** The speed control's words for a pace in steps per second: "50 steps/s", "max". */
    public static String pace(double stepsPerSecond) {
        return Double.isInfinite(stepsPerSecond) ? "max" : rate(stepsPerSecond) + " steps/s";
    }
}
