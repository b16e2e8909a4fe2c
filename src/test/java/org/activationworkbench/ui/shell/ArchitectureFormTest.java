package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.nn.Architecture;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Blocks and Norm are rows of the experiment form, made from the schema: they show the run's and set the next. */
@ExtendWith(ApplicationExtension.class)
class ArchitectureFormTest {

    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = TestWindow.show(stage).vm();
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> row(FxRobot robot, String label) throws Exception {
        waitFor(() -> robot.lookup(n -> label.equals(n.getAccessibleText())).tryQuery().isPresent());
        return (ComboBox<String>) robot.lookup(n -> label.equals(n.getAccessibleText())).query();
    }

    @Test
    void theFormShowsAndChangesBlockAndNorm(FxRobot robot) throws Exception {
        ExperimentRecipe r = new ExperimentRecipe("xor", Map.of("family", "hermite", "hidden", List.of(8, 8, 8),
                "block", "residual", "norm", "layer"));
        assertTrue(fx(() -> vm.apply(r)).get(30, TimeUnit.SECONDS));
        ComboBox<String> block = row(robot, "Blocks");
        ComboBox<String> norm = row(robot, "Norm");
        assertEquals("residual", block.getValue());
        assertEquals("layer", norm.getValue());
        assertEquals(new Architecture(Architecture.Block.RESIDUAL, Architecture.Norm.LAYER),
                vm.run().config().architecture());

        fx(() -> norm.setValue("batch"));
        assertEquals(Architecture.Norm.BATCH, vm.form.config().architecture().norm());
        assertTrue(vm.form.needsRebuild.get(), "a new norm waits for Apply");
    }
}
