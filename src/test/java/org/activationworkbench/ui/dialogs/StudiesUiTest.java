package org.activationworkbench.ui.dialogs;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.activationworkbench.study.Studies;
import org.activationworkbench.ui.model.StudyDialogModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.activationworkbench.ui.model.StudyDialogModel;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.shell.WorkbenchApp;
import org.activationworkbench.ui.shell.WorkbenchController;

/** The Studies menu, the study dialog's run / cancel path and the report viewer, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class StudiesUiTest {

    private WorkbenchViewModel vm;
    private WorkbenchController controller;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("workbench-studies-test");
        System.setProperty("workbench.config", dir.resolve("config").toString());
        System.setProperty("workbench.studies", dir.resolve("studies").toString());
        vm = new WorkbenchViewModel();
        Scene scene = WorkbenchApp.createScene(vm);
        controller = (WorkbenchController) scene.getUserData();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        vm.shutdown();
        System.clearProperty("workbench.config");
        System.clearProperty("workbench.studies");
    }

    @Test
    void theMenuListsTheSixStudiesWithTheirClaims() {
        List<MenuItem> items = controller.studiesMenu.getItems();
        assertEquals(6, items.size());
        assertEquals(Studies.names(), items.stream().map(i -> (String) i.getUserData()).toList());
        for (MenuItem i : items) {
            Label l = (Label) ((CustomMenuItem) i).getContent();
            assertFalse(l.getText().isBlank());
            assertNotNull(l.getTooltip(), i.getUserData() + " has a tooltip");
            assertTrue(StudyDialogModel.CLAIMS.containsKey((String) i.getUserData()));
        }
    }

    @Test
    void aQuickStudyRunsInTheBackgroundToItsReport() throws Exception {
        StudyDialog d = fx(() -> controller.studies.open("spline-procedures"));
        StudyDialogModel m = d.model;
        assertEquals(dir.resolve("studies").resolve("spline-procedures"), m.outDir.get(), "default folder");
        assertTrue(fx(() -> m.quick.get() && d.run.getText().equals("Run")));
        fx(() -> {
            d.run.fire();
            return null;
        });
        assertTrue(fx(m::running), "running after Run");
        assertTrue(Files.isDirectory(m.outDir.get()), "the folder was created");
        waitFor(60, () -> m.state().get() == State.DONE);
        assertEquals(1.0, m.progress.get(), 1e-9);
        assertTrue(Files.exists(m.report.get()), "report.md exists");
        assertTrue(m.message.get().startsWith("Report written"), m.message.get());
        assertTrue(m.updatesApplied >= 1, "progress reached the window");
        assertTrue(fx(() -> d.openReport.isVisible() && d.copyPath.isVisible() && d.cancel.isDisabled()));
        ReportViewer v = fx(d::openReport);
        assertTrue(fx(() -> v.view.lookupAll(".md-strong").stream().anyMatch(n -> ((Text) n).getText().equals("Claim"))),
                "**Claim** is drawn bold, not as asterisks");
        assertFalse(fx(() -> v.view.lookupAll(".md-table").isEmpty()), "the results table is a table");
        assertFalse(fx(() -> v.view.lookupAll(".md-image").isEmpty()), "the report's figures are shown");
        assertTrue(v.otherFigures.isEmpty(), "report.md shows every PNG the study wrote: " + v.otherFigures);
        fx(() -> {
            v.stage().close();
            d.stage().close();
            return null;
        });
    }

    @Test
    void cancellingStopsTheRunWithAClearMessage() throws Exception {
        StudyDialog d = fx(() -> controller.studies.open("depth-scaling"));
        StudyDialogModel m = d.model;
        fx(() -> {
            d.run.fire();
            d.cancel.fire();
            return null;
        });
        waitFor(20, () -> m.state().get() == State.CANCELLED);
        assertTrue(m.message.get().startsWith("Cancelled"), m.message.get());
        assertFalse(Files.exists(m.outDir.get().resolve("report.md")), "no report");
        assertTrue(fx(() -> !d.run.isDisabled() && !d.openReport.isVisible()), "can run again");
        fx(() -> {
            d.stage().close();
            return null;
        });
    }

    @Test
    void anUnwritableFolderIsOneMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        StudyDialogModel m = fx(() -> new StudyDialogModel("fgsm", dir));
        assertFalse(fx(() -> {
            m.outDir.set(file.resolve("sub"));
            return m.start();
        }));
        assertEquals(State.FAILED, m.state().get());
        assertTrue(m.message.get().startsWith("Could not create the folder"), m.message.get());
    }
}
