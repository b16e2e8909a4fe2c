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
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.ui.model.ExperimentForm;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Edit ▸ Undo and Redo (Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y) on the experiment form's one command stack. While keys go
 * into a text field (or the editor of a spinner or editable drop-down), they are that field's own text undo and
 * redo: the form's stack never takes a keystroke from the text being typed.
 */
final class UndoCommands {

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

    /** Ctrl+Y as a second Redo key (the menu item carries Ctrl+Shift+Z). */
    void installKeys(Scene s) {
        s.getAccelerators().put(REDO_ALTERNATIVE, this::redo);
    }

    /** Undoes the focused field's typing when one has the keys, otherwise the last change to the experiment. */
    void undo() {
        TextInputControl text = textEditor(focusOwner());
        if (text != null) {
            if (text.isUndoable()) text.undo();
            return;
        }
        if (vm.form.undo()) applyLiveRates();
    }

    void redo() {
        TextInputControl text = textEditor(focusOwner());
        if (text != null) {
            if (text.isRedoable()) text.redo();
            return;
        }
        if (vm.form.redo()) applyLiveRates();
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
