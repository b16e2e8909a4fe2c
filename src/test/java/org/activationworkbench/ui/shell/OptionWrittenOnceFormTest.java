package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.stage.Stage;
import org.activationworkbench.activation.TestFamilies;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A test family's one throw-away option gets its row in the experiment form, with the declared range. */
@ExtendWith(ApplicationExtension.class)
class OptionWrittenOnceFormTest {

    private WorkbenchViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        TestFamilies.registerWobbly();
        vm = TestWindow.show(stage).vm();
    }

    @AfterEach
    void stop() {
        vm.shutdown();
        TestFamilies.unregisterWobbly();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormOffersTheOptionWithItsRange(FxRobot robot) throws Exception {
        ExperimentRecipe r = new ExperimentRecipe("xor", Map.of("family", TestFamilies.WOBBLY, "wobble", 0.5));
        assertTrue(fx(() -> vm.apply(r)).get(30, TimeUnit.SECONDS));
        waitFor(() -> robot.lookup(n -> "Wobble".equals(n.getAccessibleText())).tryQuery().isPresent());
        Spinner<Double> wobble = (Spinner<Double>) robot.lookup(n -> "Wobble".equals(n.getAccessibleText())).query();
        var range = (SpinnerValueFactory.DoubleSpinnerValueFactory) wobble.getValueFactory();
        assertEquals(0, range.getMin());
        assertEquals(1, range.getMax());
        assertEquals(0.5, wobble.getValue());
        fx(() -> wobble.getValueFactory().setValue(0.75));
        assertEquals(0.75, vm.form.config().activation().options().get("wobble"));
        assertTrue(vm.form.needsRebuild.get(), "a family option waits for Apply");
    }
}
