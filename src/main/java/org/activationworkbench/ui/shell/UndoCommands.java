package org.activationworkbench.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.ui.model.ExperimentForm;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Edit ▸ Undo and Redo (Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y) on the experiment form's one command stack. While the
 * focused text field (or the editor of a spinner or editable drop-down) has typing of its own to undo or redo, the
 * keys are that field's text undo and redo, as in any text box; the form's stack takes over when it has none.
 */
final class UndoCommands {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALTERNATIVE = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final WorkbenchViewModel vm;
    private final Supplier<Scene> scene;

    UndoCommands(WorkbenchViewModel vm, MenuItem undoItem, MenuItem redoItem, Supplier<Scene> scene) {
        this.vm = vm;
        this.scene = scene;
        ExperimentForm form = vm.form;
        undoItem.disableProperty().bind(form.canUndo.not());
        redoItem.disableProperty().bind(form.canRedo.not());
        undoItem.setOnAction(e -> undo());
        redoItem.setOnAction(e -> redo());
    }

    /**
     * The keys are taken before any control sees them, so one rule decides, whatever the focused control would do
     * with them: typing still to undo in the focused field is undone first, then the experiment's changes.
     */
    void installKeys(Scene s) {
        s.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) undo();
            else if (REDO.match(e) || REDO_ALTERNATIVE.match(e)) redo();
            else return;
            e.consume();
        });
    }

    /** Undoes the typing in the focused field while it has some, otherwise the last change to the experiment. */
    void undo() {
        TextInputControl text = textEditor(focusOwner());
        if (text != null && text.isUndoable()) text.undo();
        else if (vm.form.undo()) applyLiveRates();
    }

    void redo() {
        TextInputControl text = textEditor(focusOwner());
        if (text != null && text.isRedoable()) text.redo();
        else if (vm.form.redo()) applyLiveRates();
    }

    private Node focusOwner() {
        Scene s = scene.get();
        return s == null ? null : s.getFocusOwner();
    }

    /**
     * The learning rates are live settings: typing one takes effect at the next step, so undoing one does too.
     * Every other setting stays in the form until Apply and reset, as when it is edited.
     */
    private void applyLiveRates() {
        ExperimentConfig draft = vm.form.config();
        ExperimentConfig running = vm.form.running.get();
        if (draft == null || running == null) return;
        if (draft.training().lr() != running.training().lr() || draft.training().actLr() != running.training().actLr()) {
            vm.setLearningRates(draft.training().lr(), draft.training().actLr());
        }
    }

    /** The text editor that receives the keys: a text field, or the editor of a spinner or editable drop-down. */
    static TextInputControl textEditor(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) return t;
            if (n instanceof Spinner<?> sp && sp.isEditable()) return sp.getEditor();
            if (n instanceof ComboBox<?> c && c.isEditable()) return c.getEditor();
        }
        return null;
    }
}
