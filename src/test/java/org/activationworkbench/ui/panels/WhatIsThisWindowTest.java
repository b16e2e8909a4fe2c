package org.activationworkbench.ui.panels;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.SavedModel;
import org.activationworkbench.plot.ActivationFocus;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "What is this?" in the enlarged activation: the best three formulas are drawn over the curve and listed with their
 * R², copying puts a formula on the clipboard as text or LaTeX, and "Replace by formula" operates on the run (the
 * model then holds the formula, and the loss before and after is shown) and can be undone.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIsThisWindowTest {

    private WorkbenchViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vm = TestWindow.show(stage).vm();
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    /** A small trained run with the first panel enlarged and "What is this?" on, its reading shown. */
    private ActivationFocusWindow readFirstPanel(FxRobot robot) throws Exception {
        fx(() -> vm.apply(ExperimentRecipe.of("moons", "bspline").with("hidden", java.util.List.of(4))
                .with("sharing", "layer").with("epochs", 50))).get(30, TimeUnit.SECONDS);
        ActivationGallery gallery = (ActivationGallery) stage.getScene().getRoot().lookup(".gallery");
        waitFor(() -> vm.state() != null && gallery.firstCurve() != null);
        for (int i = 0; i < 3; i++) robot.interact(vm::step);
        waitFor(() -> vm.shownSnapshot() != null && vm.shownSnapshot().step() >= 3
                && vm.shownSnapshot().layers().get(0).histogram() != null);
        ActivationFocusWindow focus = fx(() -> gallery.enlarge(0, 0));
        assertNotNull(focus);
        robot.clickOn("#what-is-this");
        WhatIsThisPane pane = focus.whatIsThis();
        waitFor(() -> pane.reading() != null && pane.overlay() != null);
        return focus;
    }

    @Test
    void theBestThreeFormulasAreDrawnListedAndCopied(FxRobot robot) throws Exception {
        ActivationFocusWindow focus = readFirstPanel(robot);
        WhatIsThisPane pane = focus.whatIsThis();
        var best = pane.reading().best();
        assertEquals(3, pane.overlay().candidates().size());
        waitFor(() -> focus.canvasFigure() instanceof ActivationFocus f && f.overlay() != null);
        javafx.scene.control.Label first = (javafx.scene.control.Label) robot.lookup("#formula-rows .formula").query();
        assertTrue(first.getText().contains(best.formula().text()) && first.getText().contains("R² "), first.getText());
        assertEquals(3, robot.lookup("#formula-rows .formula").queryAll().size());
        robot.clickOn("#copy-latex-1");
        assertEquals(best.formula().latex(), fx(() -> Clipboard.getSystemClipboard().getString()));
        robot.clickOn("#copy-text-2");
        assertEquals(pane.reading().candidates().get(1).formula().text(), fx(() -> Clipboard.getSystemClipboard().getString()));
        // off: nothing is drawn over the curve any more
        robot.clickOn("#what-is-this");
        waitFor(() -> focus.canvasFigure() instanceof ActivationFocus f && f.overlay() == null);
    }

    @Test
    void replaceByFormulaOperatesOnTheRunAndUndoPutsTheLearnedActivationBack(FxRobot robot) throws Exception {
        ActivationFocusWindow focus = readFirstPanel(robot);
        WhatIsThisPane pane = focus.whatIsThis();
        String formula = pane.reading().best().formula().text();
        robot.clickOn("#replace-by-formula");
        waitFor(60, () -> !pane.surgery.busy() && pane.surgery.result.getText().startsWith("Replaced"));
        String said = pane.surgery.result.getText();
        assertTrue(said.contains(formula) && said.contains("train loss") && said.contains("→")
                && said.contains("accuracy"), said);
        SavedModel operated = vm.captureState().get(30, TimeUnit.SECONDS).model();
        assertNotNull(operated.activations().get(0).formulas(), "the run now computes the formula");
        assertTrue(vm.dirty.get());
        robot.clickOn("#undo-replace");
        waitFor(60, () -> !pane.surgery.busy() && pane.surgery.result.getText().startsWith("Undone"));
        assertNull(vm.captureState().get(30, TimeUnit.SECONDS).model().activations().get(0).formulas());
        assertTrue(pane.surgery.undo.isDisabled());
    }
}
