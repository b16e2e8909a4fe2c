package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.export.RunExporter;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.dialogs.CsvImportDialog;
import org.activationworkbench.ui.dialogs.ExportDialog;
import org.activationworkbench.ui.dialogs.StudyDialog;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every dialog on a 1024×768 projector: within the screen, its buttons saying their whole label. */
@ExtendWith(ApplicationExtension.class)
class DialogsFitTest {

    /** The room a dialog gets on a 1024×768 screen with a window frame. */
    private static final double W = 1000, H = 730;

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

    private void fits(Stage dialog, String what) throws Exception {
        fx(() -> {
            dialog.setWidth(Math.min(W, dialog.getWidth()));
            dialog.setHeight(Math.min(H, dialog.getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.getWidth() <= W && dialog.getHeight() <= H, what + " is " + dialog.getWidth() + "×"
                + dialog.getHeight());
        var cut = fx(() -> WindowFit.truncated(dialog.getScene().getRoot()));
        assertTrue(cut.isEmpty(), what + ": cut to \"…\": " + cut);
        var outside = fx(() -> WindowFit.outside(dialog.getScene()));
        assertTrue(outside.isEmpty(), what + ": past the edge: " + outside);
    }

    @Test
    void exportStudiesImportAndCompareFitA1024By768Screen(FxRobot robot, @TempDir Path dir) throws Exception {
        waitFor(() -> vm.run() != null && vm.state() != null);
        ExportDialog export = controller.openExport(RunExporter.What.EVOLUTION).get(30, TimeUnit.SECONDS);
        fits(export.stage(), "Export");
        robot.interact(() -> export.stage().close());

        StudyDialog study = fx(() -> controller.studies.open("spline-procedures"));
        fits(study.stage(), "Study");
        robot.interact(() -> study.stage().close());

        Path csv = dir.resolve("heights.csv");
        Files.writeString(csv, "height_cm,weight_kg,shoe_size,label\n170,60,42,a\n180,80,44,b\n160,50,38,a\n"
                + "175,70,43,b\n165,55,40,a\n185,85,45,b\n");
        CsvImportDialog csvDialog = fx(() -> controller.experimentController.openDataset(csv))
                .get(30, TimeUnit.SECONDS);
        waitFor(() -> csvDialog.stage().isShowing());
        fits(csvDialog.stage(), "Import CSV");
        assertTrue(csvDialog.ignore.containsKey("height_cm"));
        assertTrue(fx(() -> csvDialog.ignore.get("height_cm").getText()).equals("height_cm"));
        robot.interact(() -> csvDialog.cancelButton.fire());

        robot.interact(controller::onCompare);
        fits(controller.compareView().stage(), "Compare");
        robot.interact(() -> controller.compareView().stage().close());
    }
}
