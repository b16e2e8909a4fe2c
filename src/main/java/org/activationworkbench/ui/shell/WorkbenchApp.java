package org.activationworkbench.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.activationworkbench.experiment.Autosave;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationworkbench.ui.model.FrameLoop;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.model.Stylesheets;

/**
 * The workbench window: loads fxml/workbench.fxml, builds the startup experiment (spiral, bspline, two
 * hidden layers) and starts the frame loop. A {@link StartupScript} drives it for screenshots when given one.
 */
public final class WorkbenchApp extends Application {

    /** The window's size on a large screen; a smaller screen gets all of its room. */
    static final double WIDTH = 1440;
    static final double HEIGHT = 900;
    /** Small enough for a 1024×768 projector and a 1280×720 screen, with their task bars. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private WorkbenchViewModel vm;
    private WorkbenchController controller;
    private FrameLoop loop;
    private Autosave autosave;

    /** Set before launch; null for a window a person drives. */
    private static volatile StartupScript script;

    public static void launchWindow(String[] args, StartupScript startupScript) {
        script = startupScript;
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        vm = new WorkbenchViewModel();
        Scene scene = createScene(vm);
        controller = (WorkbenchController) scene.getUserData();
        loop = new FrameLoop(vm);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> WorkbenchController.title(vm.file.get(), vm.dirty.get()), vm.file, vm.dirty));
        controller.exit = this::exitCleanly;
        controller.studies.opener = getHostServices()::showDocument;
        stage.setOnCloseRequest(e -> {
            e.consume();
            controller.files.whenSafeToDiscard(this::exitCleanly);
        });
        stage.setScene(scene);
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            var icon = WorkbenchApp.class.getResource("/assets/icon/activation-workbench-" + size + ".png");
            if (icon != null) stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) ->
                vm.banner.set(Banner.error("Something went wrong: " + WorkbenchViewModel.userMessage(e))));
        StartupScript demo = script;
        Preset first = Preset.startup();
        (demo != null ? vm.apply(demo.recipe(first.recipe())) : vm.apply(first)).thenAccept(ok -> {
            if (ok && demo != null) demo.run(vm, scene);
            if (ok && demo == null) offerRecovery(fileArgument());
        });
        startAutosave();
    }

    /** Every few minutes (-Dworkbench.autosave=SECONDS) the run, when it has unsaved changes, goes to the recovery file. */
    private void startAutosave() {
        Path recovery = Autosave.defaultRecoveryFile();
        autosave = new Autosave(recovery, vm::captureIfDirty, e -> Platform.runLater(() ->
                vm.banner.set(Banner.error("Autosave failed: " + e.getMessage()))));
        long seconds = Long.getLong("workbench.autosave", Autosave.DEFAULT_INTERVAL.toSeconds());
        autosave.start(Duration.ofSeconds(Math.max(5, seconds)));
        controller.files.onSaved = this::discardRecovery;
    }

    /** The workbench file the window was started with (app.Launcher passes a desktop's "open with"), or null. */
    private Path fileArgument() {
        var raw = getParameters() == null ? java.util.List.<String>of() : getParameters().getRaw();
        return raw.size() == 1 ? Path.of(raw.get(0)) : null;
    }

    /** Offers the recovery file if there is one; then opens the file given, unless the user took the recovered run. */
    private void offerRecovery(Path thenOpen) {
        Path recovery = Autosave.defaultRecoveryFile();
        if (Autosave.pendingRecovery(recovery).isEmpty()) {
            if (thenOpen != null) controller.files.open(thenOpen);
            return;
        }
        if (RecoveryPrompt.ask(recovery)) {
            controller.files.recover(recovery).thenAccept(ok -> {
                if (!ok) discardRecovery();   // the banner said what is wrong; offering it again would not help
            });
        } else {
            discardRecovery();
            if (thenOpen != null) controller.files.open(thenOpen);
        }
    }

    private void discardRecovery() {
        try {
            if (autosave != null) autosave.discard();
        } catch (IOException e) {
            vm.banner.set(Banner.error("Could not delete the recovery file: " + e.getMessage()));
        }
    }

    /** Quit after the unsaved-changes question: the recovery file is not needed after a clean exit. */
    private void exitCleanly() {
        if (autosave != null) autosave.close();
        discardRecovery();
        Platform.exit();
    }

    /** The scene with its stylesheet and controller (kept as the scene's user data). */
    public static Scene createScene(WorkbenchViewModel vm) {
        try {
            FXMLLoader loader = new FXMLLoader(WorkbenchApp.class.getResource("/fxml/workbench.fxml"));
            Parent root = loader.load();
            WorkbenchController c = loader.getController();
            c.bind(vm);
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(root, Math.max(MIN_WIDTH, Math.min(WIDTH, screen.getWidth())),
                    Math.max(MIN_HEIGHT, Math.min(HEIGHT, screen.getHeight())));
            Stylesheets.apply(scene, vm.appearance);
            c.installKeys(scene);
            scene.setUserData(c);
            return scene;
        } catch (IOException e) {
            throw new UncheckedIOException("the window layout (fxml/workbench.fxml) could not be loaded", e);
        }
    }

    WorkbenchViewModel viewModel() {
        return vm;
    }

    WorkbenchController controller() {
        return controller;
    }

    @Override
    public void stop() {
        if (loop != null) loop.stop();
        if (autosave != null) autosave.close();
        if (vm != null) vm.shutdown();
        Platform.exit();
    }
}
