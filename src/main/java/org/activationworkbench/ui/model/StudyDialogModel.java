package org.activationworkbench.ui.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationworkbench.study.Studies;
import org.activationworkbench.study.StudyCancelledException;
import org.activationworkbench.ui.concurrent.FxThrottle;

/**
 * State of the Studies dialog, without controls: which study, quick or full, the output folder, and a run on a
 * background thread with progress (coalesced onto the FX thread, at most ten updates a second), Cancel, and the
 * report or one clear error message at the end. All properties are read and written on the FX thread.
 */
public final class StudyDialogModel {

    public enum State { READY, RUNNING, CANCELLING, DONE, CANCELLED, FAILED }

    /** One sentence per study: the claim it re-runs. */
    public static final Map<String, String> CLAIMS = Map.of(
            "spline-vs-relu", "Piecewise-linear spline activations give much lower error than ReLU (up to 94 % in "
                    + "feed-forward networks, 51 % in CNNs); measured at equal width and equal parameter count.",
            "spline-procedures", "How weights and splines share the training matters: procedures other than plain "
                    + "joint training reach lower error; the ten procedures compared on the same networks.",
            "depth-scaling", "dynActivation stays above 95 % accuracy from 1 to 75 layers while ReLU falls below "
                    + "80 % at 25 layers; measured on digits, with the learned α and β per layer.",
            "fgsm", "Under FGSM attacks a dyn(mish) network loses less accuracy than ReLU; measured at "
                    + "ε from 0 to 0.1 against ReLU and Mish.",
            "variance", "The papers' initialisation alone keeps unit variance through depth for Hermite, Fourier "
                    + "and tropical activations; measured through 50 layers against a naive init, then trained.",
            "slaf", "Self-learnable polynomial activations (degree 2–5) train to accuracy comparable to ReLU if "
                    + "training is kept finite; measured on xor, digits and Fashion-MNIST.");

    private static final long MIN_UPDATE_MILLIS = 100;

    public final String study;
    public final BooleanProperty quick = new SimpleBooleanProperty(true);
    public final ObjectProperty<Path> outDir = new SimpleObjectProperty<>();
    /** 0..1, or -1 (indeterminate) before the study has said how much there is to do. */
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty message = new SimpleStringProperty("");
    public final ObjectProperty<Path> report = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);

    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicReference<int[]> latest = new AtomicReference<>();
    private final AtomicReference<String> latestMessage = new AtomicReference<>("");
    // a late update must not undo the end state (finished() applies the last numbers itself)
    private final FxThrottle updates = new FxThrottle(MIN_UPDATE_MILLIS, () -> {
        if (running()) applyLatest();
    });
    /** How many progress updates reached the FX thread (for tests of the coalescing). */
    public int updatesApplied;

    public StudyDialogModel(String study, Path baseDir) {
        this.study = Studies.byName(study).name();
        outDir.set(baseDir.resolve(this.study));
    }

    /** ~/Documents/ActivationWorkbench/studies when there is a Documents folder, else ~/ActivationWorkbench/studies. */
    public static Path defaultBaseDir() {
        String override = System.getProperty("workbench.studies");
        if (override != null) return Path.of(override);
        Path home = Path.of(System.getProperty("user.home"));
        Path docs = home.resolve("Documents");
        return (Files.isDirectory(docs) ? docs : home).resolve("ActivationWorkbench").resolve("studies");
    }

    public String title() {
        return Studies.byName(study).title();
    }

    public String claim() {
        return CLAIMS.getOrDefault(study, title());
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    public boolean running() {
        State s = state.get();
        return s == State.RUNNING || s == State.CANCELLING;
    }

    /** Starts the study on a daemon thread; false (with a message) when it cannot start. */
    public boolean start() {
        if (running()) return false;
        Path dir = outDir.get();
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            fail("Could not create the folder " + dir + ": " + WorkbenchViewModel.userMessage(e));
            return false;
        }
        cancel.set(false);
        latest.set(null);
        report.set(null);
        progress.set(-1);
        message.set("Starting " + study + (quick.get() ? " (quick)…" : " (full)…"));
        state.set(State.RUNNING);
        boolean q = quick.get();
        Thread t = new Thread(() -> work(dir, q), "study-" + study);
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);   // the main window's training comes first
        t.start();
        return true;
    }

    /** Asks the study to stop at its next check (between epochs and steps). */
    public void cancel() {
        if (!running()) return;
        cancel.set(true);
        state.set(State.CANCELLING);
        message.set("Cancelling…");
    }

    private void work(Path dir, boolean q) {
        try {
            Path r = Studies.run(study, q, dir, this::reported, cancel::get);
            Platform.runLater(() -> finished(r));
        } catch (StudyCancelledException e) {
            Platform.runLater(() -> {
                state.set(State.CANCELLED);
                message.set("Cancelled. No report was written; files already finished stay in " + dir + ".");
            });
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            String m = "The study failed: " + WorkbenchViewModel.userMessage(e);
            Platform.runLater(() -> fail(m));
        }
    }

    /** Called on worker threads: keeps the latest numbers, shown on the FX thread at most every 100 ms. */
    private void reported(int done, int total, String msg) {
        if (msg != null) latestMessage.set(msg);
        latest.set(new int[] {done, total});
        updates.request();
    }

    private void applyLatest() {
        int[] p = latest.get();
        if (p == null) return;
        updatesApplied++;
        progress.set(p[1] <= 0 ? -1 : Math.min(1.0, p[0] / (double) p[1]));
        if (state.get() == State.RUNNING) {
            message.set(p[0] + " of " + p[1] + ": " + latestMessage.get());
        }
    }

    private void finished(Path r) {
        applyLatest();
        progress.set(1);
        report.set(r);
        state.set(State.DONE);
        message.set("Report written: " + r);
    }

    private void fail(String m) {
        state.set(State.FAILED);
        message.set(m);
    }
}
