package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drag and drop goes through the open paths with their messages; Tab reaches the window's controls, each of which
 * has a name for a screen reader; the plots describe what they show.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopConventionsTest {

    private WorkbenchViewModel vm;
    private WorkbenchController controller;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("workbench-drop-test");
        System.setProperty("workbench.config", dir.resolve("config").toString());
        TestWindow w = TestWindow.show(stage);
        vm = w.vm();
        controller = w.controller();
        controller.files.askUnsaved = q -> FileActions.Unsaved.DISCARD;
    }

    @BeforeEach
    void startup() throws Exception {
        fx(() -> vm.apply(Preset.startup())).get(30, TimeUnit.SECONDS);
        waitFor(() -> vm.run() != null && vm.state() != null && controller.gallery.firstCurve() != null);
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    private String bannerAfter(Runnable r) throws Exception {
        fx(() -> vm.banner.set(null));
        fx(r);
        waitFor(() -> vm.banner.get() != null && !vm.loading.get());
        return vm.banner.get().text();
    }

    @Test
    void aDroppedWorkbenchFileOpensWithTheMessagesOfOpen() throws Exception {
        Path broken = dir.resolve("broken.awb");
        Files.writeString(broken, "not a workbench file");
        String byMenu = bannerAfter(() -> controller.files.open(broken));
        String byDrop = bannerAfter(() -> controller.drop.drop(List.of(broken)));
        assertEquals(byMenu, byDrop, "the same check and message as File ▸ Open…");
        assertTrue(byDrop.contains("broken.awb"), byDrop);

        Path saved = dir.resolve("saved.awb");
        assertTrue(fx(() -> controller.files.saveTo(saved)).get(30, TimeUnit.SECONDS));
        fx(() -> vm.file.set(null));
        String opened = bannerAfter(() -> controller.drop.drop(List.of(saved)));
        assertTrue(opened.startsWith("Opened saved.awb"), opened);
        assertEquals(saved, vm.file.get());
    }

    @Test
    void aDroppedCsvFileOpensTheImportDialog(FxRobot robot) throws Exception {
        Path csv = dir.resolve("heights.csv");
        Files.writeString(csv, "height,weight,kind\n1.5,50,a\n1.7,70,b\n1.6,60,a\n1.8,80,b\n1.55,52,a\n1.75,75,b\n");
        fx(() -> controller.drop.drop(List.of(csv)));
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().equals("Import CSV — heights.csv")));
        fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().startsWith("Import CSV"))
                .toList().forEach(Window::hide));
    }

    @Test
    void aDroppedIdxFolderTrainsOnItOrNamesTheMissingFile() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty-idx"));
        String said = bannerAfter(() -> controller.drop.drop(List.of(empty)));
        assertTrue(said.contains("train-images-idx3-ubyte") && said.contains("missing"), said);
        assertEquals("spiral", vm.run().config().dataset(), "the run stays as it was");

        Path idx = Path.of("sample-data/fashion-mnist-small").toAbsolutePath();
        fx(() -> controller.drop.drop(List.of(idx)));
        waitFor(() -> vm.run() != null && vm.run().config().dataset().equals(idx.toString()));
        assertEquals(10, vm.run().dataset().outputs());
    }

    @Test
    void anythingElseGetsOneMessageSayingWhatCanBeDropped() throws Exception {
        Path png = Files.writeString(dir.resolve("photo.png"), "png");
        String said = bannerAfter(() -> controller.drop.drop(List.of(png)));
        assertEquals("Cannot open photo.png by dropping it: " + FileDrop.WHAT_CAN_BE_DROPPED, said);
        assertEquals(Banner.Kind.ERROR, vm.banner.get().kind());
        String two = bannerAfter(() -> controller.drop.drop(List.of(png, png)));
        assertTrue(two.startsWith("Drop one file or folder at a time (2 were dropped)"), two);
        assertEquals("spiral", vm.run().config().dataset());
    }

    @Test
    void draggingFilesOverTheWindowOutlinesIt() throws Exception {
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) controller.transport.getScene().getRoot();
        assertTrue(fx(() -> root.getBorder() == null || root.getBorder().getStrokes().isEmpty()));
        fx(() -> controller.drop.setHover(true));
        fx(() -> root.applyCss());
        assertFalse(fx(() -> root.getBorder().getStrokes().isEmpty()), "an outline while files are over the window");
        fx(() -> controller.drop.setHover(false));
        fx(() -> root.applyCss());
        assertTrue(fx(() -> root.getBorder() == null || root.getBorder().getStrokes().isEmpty()));
    }

    @Test
    void tabReachesTheMainControlsAndEachHasAName(FxRobot robot) throws Exception {
        fx(() -> {
            for (int i = 0; i < 30; i++) vm.step();
        });
        waitFor(() -> vm.historySize.get() >= 2 && !controller.timeline.slider.isDisabled());
        fx(() -> controller.transport.play.requestFocus());
        Set<Node> reached = new LinkedHashSet<>();
        for (int i = 0; i < 150; i++) {
            robot.type(KeyCode.TAB);
            Node f = fx(() -> controller.transport.getScene().getFocusOwner());
            if (f != null && !reached.add(f) && f == controller.transport.play) break;
        }
        List<Node> expected = List.of(controller.transport.play, controller.transport.step, controller.transport.reset,
                controller.experimentController.datasetBox, controller.timeline.slider);
        for (Node n : expected) assertTrue(reached.contains(n), "Tab reaches " + n);
        assertTrue(reached.stream().anyMatch(n -> n instanceof Control c && "LR weights".equals(c.getAccessibleText())),
                "Tab reaches the form's rows");
        PlotCanvas plot = fx(() -> controller.gallery.canvases().get(0));
        assertTrue(reached.contains(plot), "Tab reaches the activation plots");
        robot.interact(plot::requestFocus);
        robot.type(KeyCode.ENTER);
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w instanceof Stage s
                && s.getTitle() != null && s.getTitle().contains("neuron 1")));
        fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().contains("neuron 1")).toList().forEach(Window::hide));
        List<String> unnamed = new ArrayList<>();
        for (Node n : reached) {
            if (name(n).isBlank()) unnamed.add(n.getClass().getSimpleName() + " " + n.getStyleClass());
        }
        assertEquals(List.of(), unnamed, "controls without an accessible name");
    }

    private static String name(Node n) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) return n.getAccessibleText();
        if (n instanceof Labeled l && l.getText() != null) return l.getText();
        if (n instanceof javafx.scene.control.TextInputControl t && t.getPromptText() != null) return t.getPromptText();
        return "";
    }

    @Test
    void everyPlotSaysWhatItShows() throws Exception {
        fx(() -> vm.step());
        waitFor(() -> vm.state().snapshot().step() >= 1);
        List<PlotCanvas> canvases = fx(() -> {
            List<PlotCanvas> all = new ArrayList<>();
            collect(controller.transport.getScene().getRoot(), all);
            return all;
        });
        assertTrue(canvases.size() >= 3, "activations, curves and the data view: " + canvases.size());
        for (PlotCanvas c : canvases) {
            String text = fx(c::getAccessibleText);
            assertTrue(text != null && text.length() > 20, "a description: " + text);
        }
        String activations = fx(() -> controller.gallery.canvases().get(0).getAccessibleText());
        assertTrue(activations.matches("Activations, family bspline: hidden layer 1 \\(8 of 16 neurons\\): neuron 1: "
                + "(increasing|falls|rises|wavy).*"), activations);
        waitFor(() -> fx(() -> controller.curves.lookup(".plot-canvas").getAccessibleText()).contains("train loss"));
        waitFor(() -> fx(() -> controller.dataView.lookup(".plot-canvas").getAccessibleText())
                .contains("decision regions of 2 classes"));
    }

    private static void collect(Parent p, List<PlotCanvas> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof PlotCanvas c && c.isVisible() && c.getScene() != null) out.add(c);
            if (n instanceof Parent q) collect(q, out);
        }
    }
}
