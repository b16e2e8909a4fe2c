package org.activationworkbench.ui.panels;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.symbolic.Candidate;
import org.activationworkbench.symbolic.Reading;
import org.activationworkbench.symbolic.Surgery;
import org.activationworkbench.train.Evaluation;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Activation surgery in the window: "Replace by formula" pauses the run, captures it between two steps, puts the
 * best reading of the shown activation in its place as a fixed function, scores the model before and after on a
 * worker, and continues the run from the operated model (Play trains on with the formula frozen). "Undo replace"
 * goes back to the run as it was just before.
 */
final class SurgeryControls {

    final Button replace = new Button("Replace by formula");
    final Button undo = new Button("Undo replace");
    final Label result = new Label();
    private final WorkbenchViewModel vm;
    private final WhatIsThisPane pane;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "surgery");
        t.setDaemon(true);
        return t;
    });
    private SavedSession undoState;
    private boolean busy;

    /** What one operation did. */
    private record Done(SavedSession before, SavedSession after, Surgery.Scores scoresBefore,
                        Surgery.Scores scoresAfter, String what) { }

    SurgeryControls(WorkbenchViewModel vm, WhatIsThisPane pane) {
        this.vm = vm;
        this.pane = pane;
        replace.setId("replace-by-formula");
        replace.setTooltip(new Tooltip("Activation surgery: put the best formula in place of this learned activation, as a "
                + "fixed function, and show the loss and accuracy before and after (undoable)"));
        undo.setId("undo-replace");
        result.setId("surgery-result");
        result.setWrapText(true);
        replace.setOnAction(e -> replace());
        undo.setOnAction(e -> undo());
        update();
        pane.toggle.selectedProperty().addListener((o, a, b) -> update());
    }

    /** Enables the buttons for what can be done now. */
    void update() {
        boolean learnable = vm.run() != null && vm.run().activation().learnable();
        replace.setDisable(busy || !learnable || pane.reading() == null || !pane.toggle.isSelected());
        undo.setDisable(busy || undoState == null);
    }

    private void replace() {
        Reading r = pane.reading();
        if (r == null || busy) return;
        Candidate best = r.best();
        String what = r.title() + " → " + best.formula().text();
        busy = true;
        update();
        result.setText("Replacing " + r.title() + " by its formula…");
        vm.pause();
        vm.captureState().thenApplyAsync(state -> {
            SavedModel after = Surgery.replace(state.model(), List.of(new Surgery.Replacement(r.layer(), r.unit(), best)));
            Dataset data = Surgery.load(state.model());
            SavedSession operated = new SavedSession(state.config(), state.datasetChecksum(), state.metrics(),
                    state.snapshots(), after, state.training());
            return new Done(state, operated, Surgery.score(state.model(), data), Surgery.score(after, data), what);
        }, worker).whenComplete((d, err) -> Platform.runLater(() -> {
            if (err != null) {
                finish("Not replaced: " + WorkbenchViewModel.userMessage(err));
                return;
            }
            vm.restore(d.after()).whenComplete((v, e2) -> {
                if (e2 != null) {
                    finish("Not replaced: " + WorkbenchViewModel.userMessage(e2));
                    return;
                }
                undoState = d.before();
                vm.dirty.set(true);
                finish("Replaced " + d.what() + ".\n" + scores(d.scoresBefore(), d.scoresAfter())
                        + "\nPlay trains on with the formula frozen.");
            });
        }));
    }

    private void undo() {
        if (undoState == null || busy) return;
        busy = true;
        update();
        vm.pause();
        SavedSession back = undoState;
        vm.restore(back).whenComplete((v, err) -> {
            if (err != null) {
                finish("Not undone: " + WorkbenchViewModel.userMessage(err));
                return;
            }
            undoState = null;
            vm.dirty.set(true);
            finish("Undone: the learned activation is back.");
        });
    }

    private void finish(String text) {
        busy = false;
        result.setText(text);
        update();
    }

    /** "train loss 0.6548 → 0.6552, accuracy 63.5% → 63.5% · test loss …". */
    static String scores(Surgery.Scores before, Surgery.Scores after) {
        return "train " + pair(before.train(), after.train()) + " · test " + pair(before.test(), after.test());
    }

    private static String pair(Evaluation b, Evaluation a) {
        String s = String.format(Locale.ROOT, "loss %.4g → %.4g", b.loss(), a.loss());
        if (!Double.isNaN(b.accuracy())) {
            s += String.format(Locale.ROOT, ", accuracy %.1f%% → %.1f%%", 100 * b.accuracy(), 100 * a.accuracy());
        }
        return s;
    }

    void close() {
        worker.shutdownNow();
    }

    /** For tests: a run of operations has finished. */
    boolean busy() {
        return busy;
    }
}
