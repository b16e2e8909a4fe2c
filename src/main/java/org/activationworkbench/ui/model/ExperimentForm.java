package org.activationworkbench.ui.model;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.core.Option;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.experiment.Defaults;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.Setting;

/**
 * The experiment panel's view model: the config being edited, as one value. Every edit goes through the schema's
 * declarations ({@link ExperimentSchema} for settings, the family's {@link FamilyInfo#options()} for its own), so the
 * form accepts exactly what the command line accepts and says why when it does not. The panel only lays out
 * controls made from the same declarations.
 */
public final class ExperimentForm {

    /** Most hidden layers the form's editor offers (the command line takes up to 100). */
    public static final int MAX_LAYERS = 8;

    /** The experiment as edited. */
    public final ObjectProperty<ExperimentConfig> draft = new SimpleObjectProperty<>();
    /** The experiment that runs now (null before the first one is built). */
    public final ObjectProperty<ExperimentConfig> running = new SimpleObjectProperty<>();
    /** True while the draft differs from the running experiment in anything that needs a new network. */
    public final BooleanBinding needsRebuild = Bindings.createBooleanBinding(() -> running.get() == null
            || draft.get() != null && draft.get().changeFrom(running.get()) == ExperimentConfig.Change.REBUILD,
            draft, running);

    /** Past drafts (newest last) and undone ones, for Undo and Redo; one command stack for every setting. */
    private final java.util.ArrayDeque<ExperimentConfig> undo = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<ExperimentConfig> redo = new java.util.ArrayDeque<>();
    private static final int MAX_UNDO = 200;
    public final javafx.beans.property.BooleanProperty canUndo = new javafx.beans.property.SimpleBooleanProperty();
    public final javafx.beans.property.BooleanProperty canRedo = new javafx.beans.property.SimpleBooleanProperty();
    /** True while Undo or Redo sets the draft, so that setting is not itself recorded. */
    private boolean replaying;

    public ExperimentForm() {
        draft.addListener((o, before, after) -> {
            if (replaying || before == null || after == null || before.equals(after)) return;
            undo.addLast(before);
            if (undo.size() > MAX_UNDO) undo.removeFirst();
            redo.clear();
            updateUndoFlags();
        });
    }

    /** The running experiment's config becomes the draft too (after a build, an open, a preset). */
    public void load(ExperimentConfig c) {
        running.set(c);
        draft.set(c);
    }

    /** Back to the draft before the last change; true when there was one. */
    public boolean undo() {
        return replay(undo, redo);
    }

    /** Forward again to the draft an Undo left; true when there was one. */
    public boolean redo() {
        return replay(redo, undo);
    }

    private boolean replay(java.util.ArrayDeque<ExperimentConfig> from, java.util.ArrayDeque<ExperimentConfig> to) {
        if (from.isEmpty()) return false;
        replaying = true;
        try {
            to.addLast(draft.get());
            draft.set(from.removeLast());
        } finally {
            replaying = false;
        }
        updateUndoFlags();
        return true;
    }

    private void updateUndoFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ExperimentConfig config() {
        return draft.get();
    }

    /**
     * The learning rates the run trains at now (after a roll-back divided them, say): the running config and the
     * draft take them, so the form's rate fields show what is in force. Other edits in the draft stay.
     */
    public void showRates(double lr, double actLr) {
        ExperimentConfig r = running.get();
        if (r == null || (r.training().lr() == lr && r.training().actLr() == actLr)) return;
        running.set(r.withTraining(r.training().withRates(lr, actLr)));
        ExperimentConfig d = draft.get();
        if (d != null) draft.set(d.withTraining(d.training().withRates(lr, actLr)));
    }

    // ---- settings of the schema --------------------------------------------------------------------------------

    /** The setting's value in the draft; null before the first experiment. */
    public Object value(Setting s) {
        return draft.get() == null ? null : s.get().apply(draft.get());
    }

    /** Whether the setting means anything for the draft (momentum for SGD, samples for generated data …). */
    public boolean applies(Setting s) {
        return draft.get() != null && s.applies().test(draft.get());
    }

    /** Sets a setting; returns why the value is refused (in the window's words), or empty when it was taken. */
    public Optional<String> set(Setting s, Object value) {
        return tryEdit(() -> s.apply(draft.get(), value));
    }

    // ---- the family and its own options -------------------------------------------------------------------------

    /** The draft's family; null before the first experiment. */
    public String family() {
        return draft.get() == null ? null : draft.get().activation().family();
    }

    /** The options the current family declares, in its order. */
    public List<Option> familyOptions() {
        return ActivationRegistry.info(family()).options();
    }

    public Object familyValue(String option) {
        return draft.get() == null ? null : draft.get().activation().options().get(option);
    }

    public Optional<String> setFamilyOption(String option, Object value) {
        return tryEdit(() -> draft.get().withActivation(draft.get().activation().with(option, value)));
    }

    /** Another family at its own defaults (options, sharing, clipping; joint when the procedure needs bspline). */
    public void setFamily(String family) {
        draft.set(Defaults.withFamily(draft.get(), family));
    }

    public boolean generatedData() {
        return draft.get() != null && new DatasetRegistry().generator(draft.get().dataset()).isPresent();
    }

    /** The hidden layer widths with one layer changed, added (index = size) or removed (value null). */
    public Optional<String> setHiddenLayer(int index, Integer width) {
        List<Integer> h = new java.util.ArrayList<>(draft.get().hidden());
        if (width == null) h.remove(index);
        else if (index == h.size()) h.add(width);
        else h.set(index, width);
        return set(ExperimentSchema.get("hidden"), h);
    }

    private Optional<String> tryEdit(java.util.function.Supplier<ExperimentConfig> edit) {
        try {
            draft.set(edit.get());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(WindowAdvice.option(e.getMessage()));
        }
    }
}
