package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.PredictionGrid;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.live.Trainer;
import org.activationworkbench.live.TrainerState;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.dialogs.Dialogs;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a teacher relies on in front of a class: the run stops at its planned epochs and says so, a divergence can be
 * rolled back with the new rates shown, Space typed into a field stays in the field, the timeline moves the data
 * view too, and the window works on a 1024×768 projector.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomWindowTest {

    private WorkbenchViewModel vm;
    private WorkbenchController controller;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        TestWindow w = TestWindow.show(stage);
        vm = w.vm();
        controller = w.controller();
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    private TrainerState state() {
        return vm.state();
    }

    private void open(ExperimentRecipe r) throws Exception {
        fx(() -> vm.apply(r)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        waitFor(() -> vm.run() != null && state() != null && controller.gallery.firstCurve() != null);
    }

    @Test
    void theRunStopsAtItsPlannedEpochsAndSaysSo(FxRobot robot) throws Exception {
        open(ExperimentRecipe.of("xor", "relu").with("epochs", 2));
        robot.interact(() -> vm.speed.set(Trainer.MAX_SPEED));
        robot.interact(vm::play);
        waitFor(() -> state().status() == TrainerState.Status.DONE);
        int stepsPerEpoch = (vm.run().dataset().train().rows() + 31) / 32;
        assertEquals(2L * stepsPerEpoch, state().snapshot().step(), "the plan's steps and not one more");
        waitFor(() -> !vm.playing.get() && controller.transport.play.getText().equals("Play"));
        String said = controller.transport.sentence.getText();
        assertTrue(said.matches("Done: 2 epochs, test accuracy \\d+ %: press Play to go on"), said);
        assertTrue(controller.transport.sentence.isVisible());
        robot.interact(vm::play);
        waitFor(() -> state().status() == TrainerState.Status.DONE && state().snapshot().step() == 4L * stepsPerEpoch);
        assertTrue(controller.transport.sentence.getText().startsWith("Done: 4 epochs"),
                controller.transport.sentence.getText());
    }

    @Test
    void aSlowPaceReadsInEpochsPerSecondNeverZero(FxRobot robot) throws Exception {
        open(Preset.startup().recipe());
        robot.interact(() -> vm.speed.set(10));
        robot.interact(vm::play);
        waitFor(() -> state().snapshot().step() >= 12 && !controller.transport.rate.getText().startsWith("measuring"));
        String rate = controller.transport.rate.getText();
        // 10 steps a second of 25 a spiral epoch: 0.4 epochs a second, with the steps said too
        var m = java.util.regex.Pattern.compile("([\\d.]+) steps/s · ([\\d.]+) epochs/s").matcher(rate);
        assertTrue(m.matches(), rate);
        double steps = Double.parseDouble(m.group(1)), epochs = Double.parseDouble(m.group(2));
        assertTrue(steps >= 7 && steps <= 12, rate);
        assertEquals(steps / 25, epochs, 0.05, rate);
        robot.interact(vm::pause);
    }

    @Test
    void rollBackShowsTheDividedRatesInTheFields(FxRobot robot) throws Exception {
        open(Preset.startup().recipe().with("optimizer", "sgd").with("lr", 50.0));
        robot.interact(vm::play);
        waitFor(() -> state().status() == TrainerState.Status.DIVERGED && vm.banner.get() != null);
        assertFalse(vm.playing.get());
        String text = controller.banner.text.getText();
        assertTrue(text.startsWith("Training diverged at step"), text);
        assertTrue(text.contains("hidden layer") || text.contains("weights"), "names where it blew up: " + text);
        assertTrue(controller.banner.rollBack.isVisible());
        robot.interact(() -> controller.banner.rollBack.fire());
        waitFor(() -> state().status() == TrainerState.Status.PAUSED && state().lr() == 5.0);
        waitFor(() -> "5".equals(rateField(robot, "LR weights")) && "5".equals(rateField(robot, "LR activations")));
        assertEquals(5.0, vm.form.running.get().training().lr());
        assertEquals(5.0, vm.form.config().training().lr());
        assertFalse(vm.form.needsRebuild.get(), "new rates apply live: nothing to rebuild");
        long before = state().snapshot().step();
        robot.interact(vm::step);
        waitFor(() -> state().snapshot().step() > before || state().status() == TrainerState.Status.DIVERGED);
    }

    @Test
    void dismissLeavesAPausedRunThatPlayAgainTrains(FxRobot robot) throws Exception {
        open(Preset.startup().recipe().with("optimizer", "sgd").with("lr", 50.0));
        robot.interact(vm::play);
        waitFor(() -> vm.banner.get() != null && state().status() == TrainerState.Status.DIVERGED);
        robot.interact(() -> controller.banner.dismiss.fire());
        assertFalse(controller.banner.isVisible());
        assertEquals("Play", controller.transport.play.getText());
        waitFor(() -> controller.transport.sentence.getText().startsWith("Diverged at step"));
        // Play tries on: the blown-up network diverges again, and says so again; the button never sticks at Pause
        robot.interact(vm::play);
        waitFor(() -> vm.banner.get() != null && !vm.playing.get()
                && controller.transport.play.getText().equals("Play"));
        robot.interact(() -> controller.banner.rollBack.fire());
        waitFor(() -> state().status() == TrainerState.Status.PAUSED && state().lr() < 50);
        long from = state().snapshot().step();
        robot.interact(vm::play);
        waitFor(() -> state().snapshot().step() > from + 5 || state().status() == TrainerState.Status.DIVERGED);
        robot.interact(vm::pause);
    }

    private static String rateField(FxRobot robot, String label) {
        Control c = robot.lookup(n -> n instanceof Control k && label.equals(k.getAccessibleText())).query();
        return c instanceof ComboBox<?> box ? box.getEditor().getText() : null;
    }

    @Test
    void spaceTypedInAFieldStaysInTheField(FxRobot robot) throws Exception {
        open(Preset.startup().recipe());
        Control seed = robot.lookup(n -> n instanceof Spinner<?> s && "Seed".equals(s.getAccessibleText())).query();
        Control lr = robot.lookup(n -> n instanceof ComboBox<?> b && "LR weights".equals(b.getAccessibleText())).query();
        for (Control field : new Control[] {seed, lr}) {
            robot.interact(field::requestFocus);
            robot.type(KeyCode.SPACE);
            robot.type(KeyCode.S);
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(vm.playing.get(), "Space in " + field.getAccessibleText() + " is a character, not Play");
            assertEquals(0, state().snapshot().step(), "S in a field is a letter, not a step");
        }
        robot.interact(() -> controller.transport.step.requestFocus());   // a button: Space is Play there
        robot.type(KeyCode.SPACE);
        waitFor(() -> vm.playing.get());
        robot.type(KeyCode.SPACE);
        waitFor(() -> !vm.playing.get());
    }

    @Test
    void theTimelineMovesTheDataViewAndMapsToSteps(FxRobot robot) throws Exception {
        open(Preset.startup().recipe());
        robot.interact(() -> vm.speed.set(500));   // slow enough for a history of a few snapshots and grids
        robot.interact(vm::play);
        waitFor(() -> state().snapshot().step() > 800 && vm.history().snapshotCount() > 6);
        robot.interact(vm::pause);
        waitFor(() -> !vm.playing.get() && state().status() != TrainerState.Status.PLAYING);
        PredictionGrid live = controller.dataView.drawnGrid();
        assertSame(state().grid(), live, "live: the latest grid");
        long last = vm.history().last().step();
        assertEquals(last, controller.timeline.slider.getMax(), 0.5, "the slider's travel is the run's steps");
        robot.interact(() -> controller.timeline.scrubToStep(Math.round(0.3 * last)));
        waitFor(() -> vm.scrubbing());
        long shown = vm.shownSnapshot().step();
        // the nearest kept snapshot to 30 % of the steps (history keeps recent moments denser, so allow a margin)
        assertTrue(Math.abs(shown - 0.3 * last) < 0.12 * last, "30 % of the travel is near 30 % of the steps: " + shown
                + " of " + last);
        waitFor(() -> controller.dataView.drawnGrid() != live);
        assertNotSame(live, controller.dataView.drawnGrid(), "the data view went back in time too");
        assertSame(vm.shownGrid(), controller.dataView.drawnGrid());
        robot.interact(() -> controller.timeline.live.fire());
        waitFor(() -> controller.dataView.drawnGrid() == state().grid());
    }

    @Test
    void theWindowFitsA1024By768Projector(FxRobot robot) throws Exception {
        open(Preset.startup().recipe().with("optimizer", "sgd").with("lr", 50.0));
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        robot.interact(vm::play);
        waitFor(() -> vm.banner.get() != null && state().status() == TrainerState.Status.DIVERGED);
        for (boolean projector : new boolean[] {false, true}) {
            robot.interact(() -> vm.appearance.presentation.set(projector));
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
            String mode = projector ? "projector mode" : "normal mode";
            assertEquals(1024, stage.getScene().getWidth(), 0.5);
            assertTrue(WindowFit.outside(stage.getScene()).isEmpty(), mode + ": cut off at the window's edge: "
                    + WindowFit.outside(stage.getScene()));
            assertTrue(WindowFit.truncated(controller.transport).isEmpty(), mode + ": transport "
                    + WindowFit.truncated(controller.transport));
            assertTrue(WindowFit.truncated(controller.banner).isEmpty(), mode + ": banner "
                    + WindowFit.truncated(controller.banner));
            assertTrue(Dialogs.showsWholeText(controller.banner.rollBack));
        }
        robot.interact(() -> vm.appearance.focus.set(true));
        assertFalse(controller.transport.isVisible(), "focus: no transport");
        assertNotNull(controller.gallery.getScene());
        robot.interact(() -> vm.appearance.focus.set(false));
        assertTrue(controller.transport.isVisible());
    }
}
