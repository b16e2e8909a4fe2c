package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationworkbench.activation.ActivationView;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.live.TrainerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.dialogs.CsvImportDialog;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;

/** The window, headless on Monocle: state is asserted through the view model and the views' getters. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    private WorkbenchViewModel vm;
    private WorkbenchController controller;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow w = TestWindow.show(stage);
        vm = w.vm();
        controller = w.controller();
        vm.apply(Preset.startup());
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    private long step() {
        TrainerState s = vm.state();
        return s == null ? -1 : s.snapshot().step();
    }

    private void started() throws Exception {
        waitFor(() -> vm.run() != null && vm.state() != null && controller.gallery.firstCurve() != null);
    }

    @Test
    void startsWithTheDefaultExperiment() throws Exception {
        started();
        assertEquals("spiral", vm.run().config().dataset());
        assertEquals("bspline", vm.run().activation().family());
        assertEquals(2, vm.run().config().hidden().size());
        assertEquals(2, controller.gallery.canvasCount(), "neuron sharing: one canvas of small multiples per layer");
        assertEquals(0, step());
        assertNotNull(controller.dataView.drawnGrid(), "the decision regions are drawn at start");
    }

    @Test
    void spacePlaysAndPausesAndTheCurveChanges(FxRobot robot) throws Exception {
        started();
        double[] before = controller.gallery.firstCurve().y().clone();
        robot.interact(() -> controller.transport.play.requestFocus());
        robot.type(KeyCode.SPACE);
        waitFor(() -> step() > 20 && !java.util.Arrays.equals(before, controller.gallery.firstCurve().y()));
        assertTrue(vm.playing.get());
        robot.type(KeyCode.SPACE);
        waitFor(() -> vm.state().status() == TrainerState.Status.PAUSED);
        long paused = step();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, step(), "pause stops the steps");
        robot.type(KeyCode.S);
        waitFor(() -> step() == paused + 1);
    }

    @Test
    void resetRestoresTheInitialCurve(FxRobot robot) throws Exception {
        started();
        double[] init = controller.gallery.firstCurve().y().clone();
        robot.interact(vm::play);
        waitFor(() -> step() > 50);
        robot.interact(vm::pause);
        waitFor(() -> !vm.playing.get());
        robot.interact(() -> controller.transport.reset.fire());
        waitFor(() -> step() == 0 && vm.history().snapshotCount() == 1);
        assertArrayEquals(init, controller.gallery.firstCurve().y(), 1e-12);
    }

    @Test
    void switchingFamilyRebuildsTheGallery(FxRobot robot) throws Exception {
        started();
        assertTrue(controller.gallery.shownLayers().get(0).panels().size() > 1, "bspline: neuron small multiples");
        @SuppressWarnings("unchecked")
        ComboBox<String> family = (ComboBox<String>) robot.lookup("#familyBox").query();
        robot.interact(() -> family.setValue("dyn"));
        waitFor(() -> vm.run().activation().family().equals("dyn")
                && controller.gallery.firstCurve() != null
                && controller.gallery.shownLayers().get(0).panels().size() == 1);
        assertEquals(Sharing.LAYER, vm.run().sharing());
        ActivationView v = controller.gallery.firstCurve();
        assertTrue(v.scalars().containsKey("α"), "dyn panels carry α and β");
    }

    @Test
    void aMalformedCsvShowsAMessageAndTheAppKeepsWorking(FxRobot robot, @TempDir Path dir) throws Exception {
        started();
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "a,b,label\n1,2,x\n3,4\n");
        CsvImportDialog d = WaitForAsyncUtils.asyncFx(() -> controller.experimentController.openDataset(bad))
                .get(15, TimeUnit.SECONDS).get(15, TimeUnit.SECONDS);
        waitFor(() -> d.status.getStyleClass().contains("error-text"));
        String text = d.status.getText();
        assertTrue(text.startsWith("broken.csv line 3: expected 3 fields, found 2"), text);
        assertFalse(text.contains("Exception"), "a message, not a stack trace: " + text);
        assertTrue(d.openButton.isDisabled());
        robot.interact(() -> d.cancelButton.fire());
        assertEquals("spiral", vm.run().config().dataset(), "the running experiment is untouched");
        robot.interact(vm::step);
        waitFor(() -> step() == 1);
    }

    @Test
    void theTimelineShowsAnEarlierSnapshot(FxRobot robot) throws Exception {
        started();
        robot.interact(vm::play);
        waitFor(() -> vm.history().snapshotCount() >= 4);
        robot.interact(vm::pause);
        waitFor(() -> !vm.playing.get() && vm.state().status() == TrainerState.Status.PAUSED);
        long latest = step();
        long earlier = vm.history().snapshot(1).step();
        double[] live = controller.gallery.firstCurve().y().clone();
        robot.interact(() -> controller.timeline.scrubTo(1));
        waitFor(() -> vm.scrubbing() && vm.shownSnapshot().step() == earlier);
        assertTrue(earlier < latest);
        assertFalse(java.util.Arrays.equals(live, controller.gallery.firstCurve().y()), "panels moved back in time");
        assertTrue(controller.transport.steps.getText().contains(String.format("%,d", earlier)));
        robot.interact(() -> controller.timeline.live.fire());
        waitFor(() -> !vm.scrubbing());
    }

    @Test
    void clickingAPanelEnlargesItWithReadouts(FxRobot robot) throws Exception {
        started();
        javafx.scene.Node canvas = robot.lookup(".plot-canvas").match(n -> n.getScene() != null
                && javafx.scene.Cursor.HAND.equals(n.getCursor())).query();
        robot.clickOn(canvas);
        waitFor(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage st && st.isShowing()
                && st.getTitle() != null && st.getTitle().startsWith("Activation —")));
        Stage focus = (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage st
                && st.getTitle() != null && st.getTitle().startsWith("Activation —")).findFirst().orElseThrow();
        PlotCanvas big = (PlotCanvas) focus.getScene().getRoot().getChildrenUnmodifiable().get(0);
        waitFor(() -> big.figure() instanceof org.activationworkbench.plot.ActivationFocus f && f.frame() != null);
        var frame = ((org.activationworkbench.plot.ActivationFocus) big.figure()).frame();
        javafx.geometry.Point2D p = big.localToScreen(frame.area().centerX(), frame.area().centerY());
        robot.moveTo(p);
        waitFor(() -> Math.abs(((org.activationworkbench.plot.ActivationFocus) big.figure()).readoutX()) < 0.5);
        robot.interact(focus::close);
    }
}
