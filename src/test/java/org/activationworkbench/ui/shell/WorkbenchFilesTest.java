package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.export.RunExporter;
import org.activationworkbench.train.ProcedureOptions;
import org.activationworkbench.train.TrainingOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.dialogs.CompareView;
import org.activationworkbench.ui.dialogs.CsvImportDialog;
import org.activationworkbench.ui.dialogs.ExportDialog;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.CsvOptions;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.panels.ProcedurePicker;

/** File menu, export dialog, compare view and procedure picker, headless on Monocle, asserted via the models. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFilesTest {

    private WorkbenchViewModel vm;
    private WorkbenchController controller;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("workbench-ui-test");
        System.setProperty("workbench.config", dir.resolve("config").toString());
        TestWindow w = TestWindow.show(stage);
        vm = w.vm();
        controller = w.controller();
        controller.files.askUnsaved = q -> FileActions.Unsaved.DISCARD;
        vm.apply(small("joint"));
    }

    /** A quick run: spiral with few samples, one small layer. */
    private static ExperimentConfig small(String procedure) {
        TrainingOptions t = TrainingOptions.defaults().withEpochs(4).withBatch(32).withRates(0.01, 0.01).withSeed(1);
        return new ExperimentConfig("spiral", DataOptions.defaults().withSamples(200), ActivationSpec.of("bspline"), null, java.util.List.of(8), t, null, null).withProcedure(ProcedureOptions.named(procedure));
    }

    @AfterEach
    void stop() {
        vm.shutdown();
        System.clearProperty("workbench.config");
    }

    private long step() {
        return vm.state() == null ? -1 : vm.state().snapshot().step();
    }

    private void trainSteps(int n) throws Exception {
        waitFor(() -> vm.run() != null && vm.state() != null);
        long target = step() + n;
        for (int i = 0; i < n; i++) WaitForAsyncUtils.asyncFx(vm::step).get();
        waitFor(() -> step() == target);
    }

    @Test
    void saveThenOpenRestoresHistoryConfigAndTheStep() throws Exception {
        trainSteps(6);
        assertTrue(vm.dirty.get(), "a run that moved has unsaved changes");
        Path file = dir.resolve("run.awb");
        assertTrue(fx(() -> controller.files.saveTo(file)).get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.dirty.get());
        assertEquals(file, vm.file.get());
        assertEquals("run.awb — Activation Workbench", WorkbenchController.title(vm.file.get(), vm.dirty.get()));
        int rows = vm.history().rows().size();
        int snaps = vm.history().snapshotCount();

        // something else, then open the file again
        fx(() -> vm.apply(small("warmup-frozen"))).get(30, TimeUnit.SECONDS);
        waitFor(() -> step() == 0);
        assertTrue(fx(() -> controller.files.open(file)).get(30, TimeUnit.SECONDS));
        waitFor(() -> step() == 6);
        assertEquals(rows, vm.history().rows().size(), "the curves come back");
        assertEquals(snaps, vm.history().snapshotCount(), "the timeline comes back");
        assertEquals("joint", vm.run().config().procedure().name());
        assertEquals("joint", vm.form.config().procedure().name(), "the experiment panel shows the saved config");
        assertEquals(200, (int) vm.form.config().data().samples());
        assertEquals(List.of(8), vm.run().config().hidden());
        assertFalse(vm.dirty.get());
        trainSteps(1);
        assertEquals(7, step(), "play resumes where the saved run stopped");
        assertEquals(file.toAbsolutePath().normalize(), controller.files.recent().list().get(0),
                "the recent files list has the file on top");
    }

    @Test
    void aSessionOnAnImportedCsvReopensWithItsImportOptions() throws Exception {
        waitFor(() -> vm.run() != null);
        Path csv = dir.resolve("people.csv");
        StringBuilder s = new StringBuilder("id,score,height,group\n");
        for (int i = 0; i < 12; i++) s.append("p").append(i).append(',').append(i % 3).append(',').append(150 + i)
                .append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
        Files.writeString(csv, s.toString());
        CsvImportDialog d = fx(() -> controller.experimentController.openDataset(csv)).get(30, TimeUnit.SECONDS);
        fx(() -> {
            d.target.setValue("score");
            d.ignore.get("id").setSelected(true);
            return null;
        });
        waitFor(() -> !d.openButton.isDisabled());
        fx(() -> {
            d.openButton.fire();
            return null;
        });
        waitFor(() -> vm.run().config().dataset().endsWith("people.csv") && !vm.loading.get());
        trainSteps(2);
        Path file = dir.resolve("people.awb");
        assertTrue(fx(() -> controller.files.saveTo(file)).get(30, TimeUnit.SECONDS));

        fx(() -> vm.apply(small("joint"))).get(30, TimeUnit.SECONDS);
        assertEquals(CsvOptions.DEFAULTS, CsvOptions.of(vm.form.config().data()), "spiral has no import options");
        assertTrue(fx(() -> controller.files.open(file)).get(30, TimeUnit.SECONDS));
        waitFor(() -> step() == 2);
        DataOptions data = vm.run().config().data();
        assertEquals("score", data.target());
        assertEquals(List.of("id"), data.ignore());
        assertEquals(new CsvOptions("score", null, List.of("id"), false), CsvOptions.of(vm.form.config().data()),
                "the experiment panel (and a later Apply) keeps the import options");
        assertEquals(List.of("height", "group=a", "group=b"), vm.run().dataset().featureNames());
    }

    @Test
    void aCorruptFileShowsOneMessageAndLeavesTheRunAlone() throws Exception {
        trainSteps(3);
        RunDescription before = vm.run();
        Path bad = dir.resolve("broken.awb");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertFalse(fx(() -> controller.files.open(bad)).get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, vm.run(), "the current experiment is untouched");
        assertEquals(3, step());
        Banner b = vm.banner.get();
        assertNotNull(b);
        assertEquals(Banner.Kind.ERROR, b.kind());
        assertTrue(b.text().contains(bad.toString()) && b.text().contains("corrupt"), b.text());
    }

    @Test
    void aMissingRecentFileIsRemovedWithAMessage() throws Exception {
        trainSteps(1);
        Path a = dir.resolve("a.awb");
        Path b = dir.resolve("b.awb");
        assertTrue(fx(() -> controller.files.saveTo(a)).get(30, TimeUnit.SECONDS));
        assertTrue(fx(() -> controller.files.saveTo(b)).get(30, TimeUnit.SECONDS));
        assertEquals(List.of(b.toAbsolutePath().normalize(), a.toAbsolutePath().normalize()),
                controller.files.recent().list());
        Files.delete(a);
        assertFalse(fx(() -> controller.files.open(a)).get(30, TimeUnit.SECONDS));
        assertEquals(List.of(b.toAbsolutePath().normalize()), controller.files.recent().list());
        assertTrue(vm.banner.get().text().contains("removed from Open Recent"), vm.banner.get().text());
    }

    @Test
    void theExportDialogWritesAPngThatDecodes() throws Exception {
        trainSteps(4);
        ExportDialog d = controller.openExport(RunExporter.What.ACTIVATIONS).get(30, TimeUnit.SECONDS);
        assertNotNull(d);
        Path png = dir.resolve("acts.png");
        fx(() -> {
            d.format.setValue(RunExporter.Format.PNG);
            d.scale.getValueFactory().setValue(1);
            d.theme.setValue("dark");
            return null;
        });
        Path written = fx(() -> d.exportTo(png)).get(30, TimeUnit.SECONDS);
        assertEquals(png, written);
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img, "a PNG that decodes");
        assertTrue(img.getWidth() > 100 && img.getHeight() > 100);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
        fx(() -> {
            d.stage().close();
            return null;
        });
    }

    @Test
    void anOpenCompareWindowFollowsTheThemeSwitch() throws Exception {
        waitFor(() -> vm.run() != null);
        CompareView cv = fx(() -> {
            controller.onCompare();
            return controller.compareView();
        });
        java.util.function.Supplier<Boolean> darkSheet = () -> cv.stage().getScene().getStylesheets().stream()
                .anyMatch(u -> u.endsWith("/assets/dark.css"));
        assertFalse(fx(darkSheet::get), "light to begin with");
        fx(() -> vm.appearance.dark.set(true));
        assertTrue(fx(darkSheet::get), "dark once the main window switches, while the compare window is open");
        fx(() -> vm.appearance.dark.set(false));
        assertFalse(fx(darkSheet::get));
        fx(() -> cv.stage().close());
    }

    @Test
    void compareTwoFamiliesFillsTheTable() throws Exception {
        waitFor(() -> vm.run() != null);
        CompareView cv = fx(() -> {
            controller.onCompare();
            CompareView v = controller.compareView();
            v.tick(List.of("relu", "bspline"));
            v.seeds.getValueFactory().setValue(1);
            v.epochs.getValueFactory().setValue(2);
            v.target.setText("5");
            return v;
        });
        assertEquals(List.of("relu", "bspline"), fx(() -> cv.ticked()));
        assertTrue(fx(cv::start).get(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, cv.model.rows.size());
        assertEquals(List.of("relu", "bspline"), cv.model.rows.stream().map(r -> r.group()).toList());
        assertTrue(cv.model.rows.get(1).activationParameters() > 0);
        assertTrue(Double.isFinite(cv.model.rows.get(0).testLoss()));
        assertEquals(1.0, cv.model.progress.get(), 1e-9);
        assertEquals(2, cv.model.groups.size(), "one summary row per family");
        assertEquals(1, cv.model.groups.get(0).n());
        assertEquals(-1, cv.model.rows.get(0).unmatchedParameters(), "not matched unless asked");
        Path csv = dir.resolve("compare.csv");
        fx(() -> cv.exportTableTo(csv)).get(30, TimeUnit.SECONDS);
        assertEquals(3, Files.readAllLines(csv).size(), "header and two runs");
        fx(() -> {
            cv.stage().close();
            return null;
        });
    }

    @Test
    void matchParametersGivesEveryFamilyTheLargestCount() throws Exception {
        waitFor(() -> vm.run() != null && vm.state() != null);
        CompareView cv = fx(() -> {
            controller.onCompare();
            CompareView v = controller.compareView();
            v.tick(List.of("relu", "bspline"));
            v.seeds.getValueFactory().setValue(2);
            v.epochs.getValueFactory().setValue(1);
            v.matchParameters.setSelected(true);
            return v;
        });
        assertTrue(fx(cv::start).get(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        long relu = cv.model.rows.get(0).totalParameters(), bspline = cv.model.rows.get(2).totalParameters();
        assertTrue(Math.abs(relu - bspline) <= 0.05 * bspline, relu + " vs " + bspline);
        assertTrue(cv.model.rows.get(0).unmatchedParameters() < relu, "relu was widened and the table says from what");
        assertEquals(2, cv.model.groups.get(0).n());
        assertTrue(Double.isFinite(cv.model.groups.get(0).testLoss().sd()), "two seeds have a spread");
        fx(() -> {
            cv.matchParameters.setSelected(false);
            cv.stage().close();
            return null;
        });
    }

    @Test
    void theProcedurePickersChoiceReachesTheTrainer() throws Exception {
        waitFor(() -> vm.run() != null && vm.state() != null);
        fx(() -> {
            controller.experimentController.procedurePicker.name.setValue("activations-first");
            return null;
        });
        assertTrue(vm.form.needsRebuild.get(), "a new procedure waits for Apply");
        ExperimentConfig c = fx(() -> vm.form.config());
        assertTrue(fx(() -> vm.apply(c)).get(30, TimeUnit.SECONDS));
        trainSteps(1);
        waitFor(() -> "activations-only".equals(vm.phase.get()));
        assertEquals("phase: activations-only", controller.transport.phase.getText());
    }

    @Test
    void knotProceduresAreOfferedOnlyToTheBsplineFamily() throws Exception {
        waitFor(() -> vm.run() != null && vm.state() != null);
        ProcedurePicker picker = controller.experimentController.procedurePicker;
        fx(() -> {
            vm.form.setFamily("bspline");
            picker.name.setValue("tv2");
            return null;
        });
        assertFalse(fx(() -> cellOf(picker, "tv2").isDisabled()), "bspline can use tv2");
        fx(() -> {
            vm.form.setFamily("hermite");
            return null;
        });
        assertEquals("joint", vm.form.config().procedure().name(), "hermite has no knots: tv2 falls back to joint");
        assertEquals("joint", picker.name.getValue());
        javafx.scene.control.ListCell<String> tv2 = fx(() -> cellOf(picker, "tv2"));
        assertTrue(tv2.isDisabled(), "tv2 is greyed out for hermite");
        assertEquals("tv2  (bspline only)", tv2.getText());
        assertFalse(fx(() -> cellOf(picker, "alternating").isDisabled()), "family-neutral procedures stay on offer");
    }

    /** The drop-down cell the picker would show for a procedure. */
    private static javafx.scene.control.ListCell<String> cellOf(ProcedurePicker picker, String procedure) {
        javafx.scene.control.ListCell<String> cell = picker.name.getCellFactory().call(null);
        cell.updateListView(new javafx.scene.control.ListView<>());
        cell.updateIndex(0);
        cell.getListView().getItems().add(procedure);
        cell.updateIndex(0);
        return cell;
    }
}
