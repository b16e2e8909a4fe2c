package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y step the experiment form through its one stack, the Edit menu's items are greyed
 * out when there is nothing to step to, an undone learning rate reaches the trainer, and typing in a field is undone
 * by the field first.
 */
@ExtendWith(ApplicationExtension.class)
class UndoRedoKeysTest {

    private WorkbenchViewModel vm;
    private WorkbenchController controller;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow w = TestWindow.show(stage);
        vm = w.vm();
        controller = w.controller();
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    private void startup() throws Exception {
        fx(() -> vm.apply(Preset.startup())).get(30, TimeUnit.SECONDS);
        waitFor(() -> vm.run() != null && vm.state() != null);
    }

    private long seed() {
        return vm.form.config().training().seed();
    }

    private void focusAButton(FxRobot robot) {
        robot.interact(() -> controller.transport.step.requestFocus());
    }

    @Test
    void theKeysAndTheMenuStepThroughTheSettings(FxRobot robot) throws Exception {
        startup();
        assertTrue(controller.undoItem.isDisable(), "nothing to undo in a fresh window");
        assertTrue(controller.redoItem.isDisable());
        long first = seed();
        robot.interact(() -> vm.form.set(ExperimentSchema.get("seed"), first + 1));
        robot.interact(() -> vm.form.set(ExperimentSchema.get("seed"), first + 2));
        assertFalse(controller.undoItem.isDisable(), "a change to undo");
        focusAButton(robot);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> seed() == first + 1);
        assertFalse(controller.redoItem.isDisable(), "an undone change to redo");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> seed() == first);
        assertTrue(controller.undoItem.isDisable(), "back at the start: nothing more to undo");
        Control seedField = robot.lookup(n -> n instanceof Control c && "Seed".equals(c.getAccessibleText())).query();
        assertEquals(String.valueOf(first), ((javafx.scene.control.Spinner<?>) seedField).getEditor().getText(),
                "the form's field shows the undone value");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> seed() == first + 1);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitFor(() -> seed() == first + 2);
        assertTrue(controller.redoItem.isDisable(), "nothing left to redo");

        robot.interact(() -> controller.undoItem.fire());
        assertEquals(first + 1, seed(), "Edit ▸ Undo does what Ctrl+Z does");
        robot.interact(() -> controller.redoItem.fire());
        assertEquals(first + 2, seed());
        assertTrue(fx(() -> vm.form.needsRebuild.get()), "an undone seed waits for Apply, as an edit does");
    }

    @Test
    void anUndoneLearningRateReachesTheTrainer(FxRobot robot) throws Exception {
        startup();
        double lr = vm.state().lr();
        robot.interact(() -> {
            vm.form.set(ExperimentSchema.get("lr"), lr * 10);
            vm.setLearningRates(lr * 10, vm.form.config().training().actLr());
        });
        robot.interact(vm::step);
        waitFor(() -> vm.state().lr() == lr * 10);
        focusAButton(robot);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.interact(vm::step);
        waitFor(() -> vm.state().lr() == lr);
        assertEquals(lr, vm.form.running.get().training().lr(), "the running config says so too");
    }

    @Test
    void typingInAFieldIsUndoneByTheFieldFirst(FxRobot robot) throws Exception {
        startup();
        long first = seed();
        robot.interact(() -> vm.form.set(ExperimentSchema.get("seed"), first + 1));
        ComboBox<?> lr = robot.lookup(n -> n instanceof ComboBox<?> b && "LR weights".equals(b.getAccessibleText())).query();
        String shown = lr.getEditor().getText();
        robot.interact(() -> {
            lr.requestFocus();
            lr.getEditor().end();
        });
        robot.type(KeyCode.DIGIT7);
        waitFor(() -> lr.getEditor().getText().equals(shown + "7"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> lr.getEditor().getText().equals(shown));
        assertEquals(first + 1, seed(), "the settings were not touched while the field had typing to undo");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> lr.getEditor().getText().equals(shown + "7"));
        assertEquals(first + 1, seed(), "nor by the field's redo");
    }
}
