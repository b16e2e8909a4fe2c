package org.activationworkbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.train.TrainingOptions;
import org.junit.jupiter.api.Test;

/** Every setting goes through one undo stack: undo walks back edit by edit, redo forward, a new edit clears redo. */
class ExperimentFormUndoTest {

    private static ExperimentConfig start() {
        return new ExperimentConfig("spiral", null, ActivationSpec.of("bspline"), null, List.of(16, 16),
                TrainingOptions.defaults(), null, null);
    }

    @Test
    void undoAndRedoWalkTheEditsOfEverySetting() {
        ExperimentForm form = new ExperimentForm();
        form.load(start());
        assertFalse(form.canUndo.get(), "loading the first experiment is not an edit");
        form.set(ExperimentSchema.get("batch"), 64);
        form.setFamilyOption("knots", 11);
        form.setHiddenLayer(2, 8);
        assertEquals(List.of(16, 16, 8), form.config().hidden());
        assertTrue(form.undo());
        assertEquals(List.of(16, 16), form.config().hidden());
        assertTrue(form.undo());
        assertEquals(21, form.familyValue("knots"));
        assertTrue(form.canRedo.get());
        assertTrue(form.redo());
        assertEquals(11, form.familyValue("knots"));
        assertEquals(64, form.config().training().batch());
        form.set(ExperimentSchema.get("epochs"), 7);
        assertFalse(form.canRedo.get(), "a new edit ends the redo path");
        assertTrue(form.undo());
        assertTrue(form.undo());
        assertTrue(form.undo());
        assertEquals(start(), form.config());
        assertFalse(form.undo(), "nothing before the first experiment");
    }

    @Test
    void aRefusedValueLeavesNothingToUndo() {
        ExperimentForm form = new ExperimentForm();
        form.load(start());
        assertTrue(form.set(ExperimentSchema.get("batch"), 0).isPresent());
        assertFalse(form.canUndo.get());
    }
}
