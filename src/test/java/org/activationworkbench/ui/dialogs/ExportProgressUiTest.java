package org.activationworkbench.ui.dialogs;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.export.RunExporter.Format;
import org.activationworkbench.export.RunExporter.What;
import org.activationworkbench.export.SavedRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.activationworkbench.ui.concurrent.BackgroundFileJob;

/** Export jobs report their steps to the FX thread, throttled, and stop promptly on Cancel; headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class ExportProgressUiTest {

    private Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void folder() throws Exception {
        dir = Files.createTempDirectory("workbench-export-progress");
    }

    private List<Path> files() throws Exception {
        try (var list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void aJobCancelledMidwayLeavesTheOldTargetAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("table.csv");
        Files.writeString(target, "the old table");
        CountDownLatch underWay = new CountDownLatch(1);
        AtomicInteger written = new AtomicInteger();
        BackgroundFileJob job = BackgroundFileJob.start(target, (tmp, progress) -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp)) {
                for (int i = 1; i <= 1000; i++) {
                    out.write("row " + i + "\n");
                    written.set(i);
                    if (i == 5) underWay.countDown();
                    progress.advance(i, 1000, "row");
                    LockSupport.parkNanos(2_000_000);
                }
            }
        });
        assertTrue(underWay.await(10, TimeUnit.SECONDS));
        job.cancel();
        assertThrows(CancellationException.class, () -> job.result().get(10, TimeUnit.SECONDS));
        assertTrue(written.get() < 1000, "the writer stopped early, after row " + written.get());
        assertEquals("the old table", Files.readString(target));
        assertEquals(List.of(target), files(), "no temporary file is left");
    }

    @Test
    void stepsReachTheFxThreadThrottledAndTheLastOneArrives() throws Exception {
        int total = 3000;
        AtomicInteger updates = new AtomicInteger();
        long t0 = System.nanoTime();
        BackgroundFileJob job = fx(() -> {
            BackgroundFileJob j = BackgroundFileJob.start(dir.resolve("pieces.bin"), (tmp, progress) -> {
                for (int i = 1; i <= total; i++) {
                    progress.advance(i, total, "piece");
                    LockSupport.parkNanos(200_000);
                }
            });
            j.step().addListener((o, a, s) -> updates.incrementAndGet());
            return j;
        });
        job.result().get(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        waitFor(() -> job.step().get() != null && job.step().get().done() == total);
        assertTrue(updates.get() >= 2, "steps reached the FX thread as they came: " + updates.get());
        assertTrue(updates.get() <= seconds * BackgroundFileJob.UPDATES_PER_SECOND + 3,
                updates.get() + " updates of " + total + " steps in " + seconds + " s");
        assertEquals(1.0, job.step().get().fraction());
    }

    @Test
    void theExportDialogCountsGifFramesAndCancelStopsTheExport() throws Exception {
        Experiment e = new Experiment(TestRuns.spiral("bspline", 30));
        SavedRun run = SavedRun.of(e, e.run(null));
        List<Double> shown = Collections.synchronizedList(new ArrayList<>());
        ExportDialog d = fx(() -> {
            ExportDialog dialog = new ExportDialog(null, run, What.EVOLUTION, false);
            dialog.format.setValue(Format.GIF);
            dialog.frames.getValueFactory().setValue(12);
            dialog.scale.getValueFactory().setValue(1);
            dialog.progressBar.progressProperty().addListener((o, a, v) -> shown.add(v.doubleValue()));
            dialog.show();
            return dialog;
        });
        Path gif = dir.resolve("evolution.gif");
        double[] atStart = new double[1];
        CompletableFuture<Path> export = fx(() -> {
            CompletableFuture<Path> f = d.exportTo(gif);
            atStart[0] = d.progressBar.getProgress();
            return f;
        });
        assertEquals(gif, export.get(60, TimeUnit.SECONDS));
        assertEquals(ProgressBar.INDETERMINATE_PROGRESS, atStart[0], "indeterminate until the first frame");
        List<Double> counted = List.copyOf(shown.subList(0, shown.size() - 1));
        assertFalse(counted.isEmpty(), "the bar counted frames: " + shown);
        assertTrue(counted.stream().allMatch(v -> v > 0 && v <= 1), "determinate: " + counted);
        assertEquals(counted.stream().sorted().toList(), counted, "never going back");
        assertEquals(0.0, shown.get(shown.size() - 1), "hidden again at the end");
        assertTrue(fx(() -> d.status.getText()).startsWith("Saved "));
        assertTrue(ImageIO.read(gif.toFile()).getWidth() > 100);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(gif)),
                "readable like any new file, not owner-only like its temporary file");

        // a slower export (every snapshot), cancelled as soon as it counts frames
        Files.writeString(gif, "the old animation");
        shown.clear();
        CompletableFuture<Path> slow = fx(() -> {
            d.frames.getValueFactory().setValue(120);
            d.scale.getValueFactory().setValue(2);
            return d.exportTo(gif);
        });
        assertEquals(31, (int) fx(() -> d.frames.getValue()), "at most one frame per kept snapshot (31)");
        waitFor(() -> d.progressBar.getProgress() > 0);
        String counting = fx(() -> d.status.getText());
        assertTrue(counting.matches("Writing frame \\d+ of 31…"), counting);
        fx(() -> {
            d.cancelButton.fire();
            return null;
        });
        assertThrows(CancellationException.class, () -> slow.get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cancelled; evolution.gif was not changed.", fx(() -> d.status.getText()));
        assertTrue(shown.stream().allMatch(v -> v < 1), "stopped before the last frame: " + shown);
        assertEquals("the old animation", Files.readString(gif));
        assertEquals(List.of(gif), files(), "no temporary file is left");
        fx(() -> {
            d.stage().close();
            return null;
        });
    }
}
