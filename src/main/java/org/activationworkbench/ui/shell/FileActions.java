package org.activationworkbench.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activationworkbench.experiment.RecentFiles;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * The File menu's work: New, Open, Open Recent, Save, Save As, and the "save your changes?" question before
 * anything would throw away an unsaved run. Reading, restoring and writing run off the FX thread; problems come
 * back as one banner message naming the file.
 */
final class FileActions {

    /** What to do with unsaved changes. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    private final WorkbenchViewModel vm;
    private final RecentFiles recent;
    private final Supplier<Window> window;
    /** Asks about unsaved changes; tests replace it. */
    Function<String, Unsaved> askUnsaved = FileActions::askUser;
    /** Picks a file to save to (null = cancelled); tests replace it. */
    Function<String, Path> chooseSaveFile = this::chooseSave;
    /** Called after a successful explicit save (the recovery file is then no longer needed). */
    Runnable onSaved = () -> { };

    FileActions(WorkbenchViewModel vm, RecentFiles recent, Supplier<Window> window) {
        this.vm = vm;
        this.recent = recent;
        this.window = window;
    }

    RecentFiles recent() {
        return recent;
    }

    // ---- new / open ------------------------------------------------------------------------------------

    void newWorkbench() {
        whenSafeToDiscard(() -> {
            vm.file.set(null);
            vm.apply(Preset.startup());
        });
    }

    void openWithDialog() {
        whenSafeToDiscard(() -> {
            FileChooser chooser = chooser("Open a workbench");
            var f = chooser.showOpenDialog(window.get());
            if (f != null) open(f.toPath());
        });
    }

    /**
     * Reads and restores a workbench file, then swaps it in whole: config, history, curves and the exact point
     * where play resumes. On failure the current run stays as it was and the banner says what is wrong. The
     * future completes on the FX thread with true when the file is open.
     */
    CompletableFuture<Boolean> open(Path path) {
        return openAs(path, path);
    }

    /** Opens the autosaved recovery file as an unsaved workbench (no file name, marked as changed). */
    CompletableFuture<Boolean> recover(Path recoveryFile) {
        return openAs(recoveryFile, null).thenApply(ok -> {
            if (ok) vm.dirty.set(true);
            return ok;
        });
    }

    private CompletableFuture<Boolean> openAs(Path path, Path titleFile) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return WorkbenchFile.open(path);
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).thenCompose(vm::restore).whenComplete((v, err) -> Platform.runLater(() -> {
            if (err != null) {
                String why = WorkbenchViewModel.userMessage(err);
                if (!why.startsWith("cannot open")) why = "cannot open " + path + ": " + why;
                if (titleFile != null && !Files.exists(path) && recent.list().contains(path.toAbsolutePath().normalize())) {
                    forget(path);
                    why += " (removed from Open Recent)";
                }
                vm.banner.set(Banner.error(capitalised(why)));
                done.complete(false);
                return;
            }
            vm.file.set(titleFile);
            vm.watchHint.set("");
            vm.banner.set(Banner.info("Opened " + path.getFileName() + ". Press Space to continue training."));
            if (titleFile != null) remember(titleFile);
            done.complete(true);
        }));
        return done;
    }

    // ---- save ------------------------------------------------------------------------------------------

    /** Save to the current file, or ask for one. The future completes (FX thread) with true once written. */
    CompletableFuture<Boolean> save() {
        Path f = vm.file.get();
        return f != null ? saveTo(f) : saveAs();
    }

    CompletableFuture<Boolean> saveAs() {
        Path f = chooseSaveFile.apply("Save the workbench as");
        if (f == null) return CompletableFuture.completedFuture(false);
        if (!f.getFileName().toString().endsWith(WorkbenchFile.EXTENSION)) {
            f = f.resolveSibling(f.getFileName() + WorkbenchFile.EXTENSION);
        }
        return saveTo(f);
    }

    /** Captures the run between two steps, writes it atomically on a worker, then updates title and recent list. */
    CompletableFuture<Boolean> saveTo(Path path) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        vm.captureState().thenApplyAsync(state -> {
            try {
                WorkbenchFile.save(path, state);
                return state;
            } catch (IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((SavedSession state, Throwable err) -> Platform.runLater(() -> {
            if (err != null) {
                vm.banner.set(Banner.error("Could not save " + path + ": " + WorkbenchViewModel.userMessage(err)));
                done.complete(false);
                return;
            }
            vm.markSaved(path, state.training().steps());
            remember(path);
            onSaved.run();
            done.complete(true);
        }));
        return done;
    }

    // ---- unsaved changes -------------------------------------------------------------------------------

    /** Runs {@code then} at once when nothing would be lost; otherwise asks Save / Don't save / Cancel first. */
    void whenSafeToDiscard(Runnable then) {
        if (!vm.dirty.get()) {
            then.run();
            return;
        }
        String name = vm.file.get() == null ? "this workbench" : vm.file.get().getFileName().toString();
        switch (askUnsaved.apply("Save the changes to " + name + "?")) {
            case SAVE -> save().thenAccept(ok -> {
                if (ok) then.run();
            });
            case DISCARD -> then.run();
            case CANCEL -> { }
        }
    }

    // ---- recent files ----------------------------------------------------------------------------------

    /** Fills the Open Recent menu from the list (called as the menu opens, so it is always current). */
    void fillRecentMenu(Menu menu) {
        menu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> whenSafeToDiscard(() -> open(p)));
            menu.getItems().add(item);
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        MenuItem clear = new MenuItem("Clear the list");
        clear.setOnAction(e -> {
            try {
                recent.clear();
            } catch (IOException ex) {
                vm.banner.set(Banner.error("Could not clear the recent files: " + ex.getMessage()));
            }
        });
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void remember(Path p) {
        try {
            recent.add(p);
        } catch (IOException e) {
            // the list is a convenience: failing to update it must not fail the open or save
        }
    }

    private void forget(Path p) {
        try {
            recent.remove(p);
        } catch (IOException e) {
            // as above
        }
    }

    // ---- dialogs ---------------------------------------------------------------------------------------

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Workbench files (*.awb)", "*" + WorkbenchFile.EXTENSION));
        Path f = vm.file.get();
        if (f != null && f.getParent() != null && Files.isDirectory(f.getParent())) {
            c.setInitialDirectory(f.getParent().toFile());
            c.setInitialFileName(f.getFileName().toString());
        }
        return c;
    }

    private Path chooseSave(String title) {
        FileChooser c = chooser(title);
        if (vm.file.get() == null && vm.run() != null) {
            var cfg = vm.run().config();
            c.setInitialFileName(cfg.dataset().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + cfg.activation().family()
                    + WorkbenchFile.EXTENSION);
        }
        var f = c.showSaveDialog(window.get());
        return f == null ? null : f.toPath();
    }

    private static Unsaved askUser(String question) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Your training progress will be lost if you don't save it.",
                save, discard, ButtonType.CANCEL);
        a.setHeaderText(question);
        Optional<ButtonType> b = a.showAndWait();
        if (b.isEmpty() || b.get() == ButtonType.CANCEL) return Unsaved.CANCEL;
        return b.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
