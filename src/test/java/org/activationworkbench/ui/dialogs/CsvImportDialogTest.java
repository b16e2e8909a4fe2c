package org.activationworkbench.ui.dialogs;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.CsvOptions;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.shell.WorkbenchController;

/** Open… ▸ Import CSV, headless on Monocle: the dialog's choices, its verdicts and what reaches the run. */
@ExtendWith(ApplicationExtension.class)
class CsvImportDialogTest {

    /** Column b holds a word on line 3; ten rows so the split leaves rows to test on. */
    private static final String TEXT_IN_B = "a,b,y\n1,2,x\n3,foo,y\n4,5,x\n6,7,y\n8,9,x\n10,11,y\n12,13,x\n14,15,y\n"
            + "16,17,x\n18,19,y\n";

    @TempDir
    Path dir;
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

    private CsvImportDialog importFile(String name, String text) throws Exception {
        waitFor(() -> vm.run() != null);
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return fx(() -> controller.experimentController.openDataset(file)).get(15, TimeUnit.SECONDS);
    }

    private static String verdict(CsvImportDialog d) throws Exception {
        waitFor(() -> !d.status.getText().startsWith("Checking"));
        return d.status.getText();
    }

    private void openAndWaitForRunOn(CsvImportDialog d, String fileName) throws Exception {
        waitFor(() -> !d.openButton.isDisabled());
        fx(() -> d.openButton.fire());
        waitFor(() -> vm.run().config().dataset().endsWith(fileName) && !vm.loading.get());
        assertFalse(d.stage().isShowing(), "Open closes the dialog");
    }

    @Test
    void previewsASemicolonFileWithAByteOrderMarkAndTargetsTheLastColumn() throws Exception {
        // three rows a class: each gives round(3 × 0.2) = 1 row to the test split
        CsvImportDialog d = importFile("flowers.csv", "\uFEFFsepal;petal;species\n5.1;1.4;setosa\n6.3;4.9;versicolor\n"
                + "5.8;4.1;versicolor\n5.0;1.5;setosa\n4.9;1.4;setosa\n6.1;4.7;versicolor\n");
        assertEquals(List.of("sepal", "petal", "species"),
                d.table.getColumns().stream().map(c -> (String) c.getUserData()).toList(), "no BOM in the first name");
        assertEquals(List.of("5.1", "1.4", "setosa"), d.table.getItems().get(0));
        assertEquals(6, d.table.getItems().size());
        assertEquals("species", d.target.getValue());
        assertEquals("species  (target)", d.table.getColumns().get(2).getText());
        assertTrue(d.ignore.get("species").isDisabled(), "the target cannot be ignored");
        String ok = verdict(d);
        assertTrue(ok.contains("classification · 2 inputs · 2 classes"), ok);
        fx(() -> d.stage().close());
    }

    @Test
    void aTextValueIsExplainedInWindowTermsUntilItsColumnIsIgnored() throws Exception {
        CsvImportDialog d = importFile("bad.csv", TEXT_IN_B);
        String error = verdict(d);
        assertEquals("bad.csv line 3, column 2 ('b'): 'foo' is not a number; fix the value, or tick 'b' under Ignore",
                error);
        assertTrue(d.openButton.isDisabled(), "nothing to open while the file does not load");
        assertTrue(d.status.getStyleClass().contains("error-text"));

        fx(() -> d.ignore.get("b").setSelected(true));
        String ok = verdict(d);
        assertTrue(ok.contains("classification · 1 input · 2 classes · 8 train / 2 test"), ok);
        assertEquals("b  (ignored)", d.table.getColumns().get(1).getText());
        openAndWaitForRunOn(d, "bad.csv");
        DataOptions data = vm.run().config().data();
        assertEquals(List.of("b"), data.ignore());
        assertEquals(1, vm.run().dataset().inputs());
        assertEquals(List.of("b"), CsvOptions.of(vm.form.config().data()).ignore(), "the panel's draft carries the import options");

        // away to a bundled set and back through the dataset list: the file keeps its import options
        var box = controller.experimentController.datasetBox;
        String path = vm.run().config().dataset();
        fx(() -> {
            box.setValue("xor");
            box.fireEvent(new javafx.event.ActionEvent());
        });
        waitFor(() -> "xor".equals(vm.run().config().dataset()) && !vm.loading.get());
        assertEquals(List.of(), vm.run().config().data().ignore());
        fx(() -> {
            box.setValue(path);
            box.fireEvent(new javafx.event.ActionEvent());
        });
        waitFor(() -> path.equals(vm.run().config().dataset()) && !vm.loading.get());
        assertEquals(List.of("b"), vm.run().config().data().ignore(), "re-picked with the options it was imported with");
    }

    @Test
    void anotherTargetAndRegressionReachTheConfigAndABundledSetResetsThem() throws Exception {
        CsvImportDialog d = importFile("cars.csv", "mpg,weight,origin\n21,2.6,eu\n22.8,2.3,jp\n21.4,3.2,us\n"
                + "18.7,3.4,us\n18.1,3.5,us\n14.3,3.6,us\n24.4,3.2,eu\n22.8,3.1,eu\n19.2,3.4,eu\n17.8,3.4,jp\n");
        String byOrigin = verdict(d);
        assertTrue(byOrigin.startsWith("✓ classification · 2 inputs · 3 classes"), "the last column: " + byOrigin);
        fx(() -> {
            d.target.setValue("mpg");
            d.task.setValue("regression");
        });
        String ok = verdict(d);
        assertTrue(ok.startsWith("✓ regression · 4 inputs · 1 output"), "weight plus origin one-hot: " + ok);
        openAndWaitForRunOn(d, "cars.csv");
        DataOptions data = vm.run().config().data();
        assertEquals("mpg", data.target());
        assertEquals(Task.REGRESSION, data.task());
        assertEquals(Task.REGRESSION, vm.run().dataset().task());

        fx(() -> controller.experimentController.datasetBox.setValue("iris"));
        waitFor(() -> vm.run() != null && "iris".equals(vm.run().config().dataset()));
        assertEquals(CsvOptions.DEFAULTS, CsvOptions.of(vm.form.config().data()), "a bundled set is read with no CSV options");
        assertNull(fx(() -> vm.form.config()).data().target());
    }

    @Test
    void aMissingValueIsRefusedUntilRowsWithMissingValuesAreDropped() throws Exception {
        CsvImportDialog d = importFile("gaps.csv", "a,b,y\n1,2,x\n3,,y\n4,5,x\n6,7,y\n8,9,x\n10,11,y\n12,13,x\n"
                + "14,15,y\n16,17,x\n18,19,y\n");
        String refused = verdict(d);
        assertEquals("gaps.csv line 3, column 2 ('b'): missing value; fill it in, or tick 'Drop rows with missing"
                + " values'", refused);
        assertTrue(d.openButton.isDisabled());
        fx(() -> d.dropMissing.setSelected(true));
        String ok = verdict(d);
        assertTrue(ok.endsWith(" · dropped 1 row with missing values"), ok);
        openAndWaitForRunOn(d, "gaps.csv");
        assertTrue(vm.run().config().data().dropMissing());
        assertEquals(9, vm.run().dataset().train().rows() + vm.run().dataset().test().rows());
    }

    @Test
    void cancelLeavesTheRunAlone() throws Exception {
        CsvImportDialog d = importFile("bad.csv", TEXT_IN_B);
        verdict(d);
        fx(() -> d.cancelButton.fire());
        assertFalse(d.stage().isShowing());
        assertEquals("spiral", vm.run().config().dataset());
        assertEquals(CsvOptions.DEFAULTS, CsvOptions.of(vm.form.config().data()));
    }

    @Test
    void aBinaryFileIsRefusedInTheBannerWithoutADialog() throws Exception {
        waitFor(() -> vm.run() != null);
        Path file = dir.resolve("image.csv");
        Files.write(file, "a,b\n1,\u0000\n".getBytes(StandardCharsets.UTF_8));
        CsvImportDialog d = fx(() -> controller.experimentController.openDataset(file)).get(15, TimeUnit.SECONDS);
        assertNull(d, "no dialog for a file that is not text");
        WaitForAsyncUtils.waitForFxEvents();
        Banner b = vm.banner.get();
        assertEquals(Banner.Kind.ERROR, b.kind());
        assertTrue(b.text().startsWith("Could not open " + file.toAbsolutePath() + ": image.csv is not a text file"),
                b.text());
        assertFalse(b.text().contains("Exception"), b.text());
        assertEquals("spiral", vm.run().config().dataset(), "the running experiment is untouched");
    }
}
