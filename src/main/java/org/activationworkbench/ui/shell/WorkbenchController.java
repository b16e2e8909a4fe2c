package org.activationworkbench.ui.shell;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import java.util.concurrent.CompletableFuture;
import org.activationworkbench.experiment.RecentFiles;
import org.activationworkbench.export.RunExporter.What;
import org.activationworkbench.export.SavedRun;
import org.activationworkbench.ui.dialogs.CompareView;
import org.activationworkbench.ui.dialogs.ExportDialog;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.panels.ActivationGallery;
import org.activationworkbench.ui.panels.BannerView;
import org.activationworkbench.ui.panels.DataView;
import org.activationworkbench.ui.panels.ExperimentPanel;
import org.activationworkbench.ui.panels.LossChartView;
import org.activationworkbench.ui.panels.TimelineView;
import org.activationworkbench.ui.panels.TransportBar;

/** Controller of fxml/workbench.fxml: wires the views to the view model, the menus and the keyboard. */
public final class WorkbenchController {

    @FXML private Menu presetsMenu;
    @FXML private Menu recentMenu;
    @FXML public Menu studiesMenu;
    @FXML MenuItem undoItem;
    @FXML MenuItem redoItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML private CheckMenuItem focusItem;
    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private javafx.scene.layout.StackPane plotsArea;
    @FXML private javafx.scene.control.SplitPane mainSplit;
    @FXML private javafx.scene.control.ScrollPane experiment;
    @FXML TransportBar transport;
    @FXML BannerView banner;
    @FXML private Label watchHint;
    @FXML ActivationGallery gallery;
    @FXML LossChartView curves;
    @FXML private javafx.scene.control.SplitPane lowerSplit;
    @FXML DataView dataView;
    @FXML TimelineView timeline;
    @FXML public ExperimentPanel experimentController;

    private WorkbenchViewModel vm;
    FileActions files;
    /** What Quit and closing the window do once unsaved changes are dealt with; the app replaces it. */
    Runnable exit = Platform::exit;
    private CompareView compare;
    WorkbenchLayout layout;
    public StudiesMenu studies;
    UndoCommands undo;
    FileDrop drop;

    void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        files = new FileActions(vm, RecentFiles.forUser(), () -> transport.getScene().getWindow());
        recentMenu.setOnShowing(e -> files.fillRecentMenu(recentMenu));
        files.fillRecentMenu(recentMenu);
        transport.bind(vm);
        banner.bind(vm);
        gallery.bind(vm);
        curves.bind(vm);
        dataView.bind(vm);
        timeline.bind(vm);
        experimentController.bind(vm);
        undo = new UndoCommands(vm, undoItem, redoItem, () -> root.getScene());
        drop = new FileDrop(vm, files, experimentController, root);
        studies = new StudiesMenu(studiesMenu, () -> transport.getScene().getWindow());
        for (Preset p : Preset.all()) {
            MenuItem item = new MenuItem(p.name());
            item.setOnAction(e -> loadPreset(p));
            presetsMenu.getItems().add(item);
        }
        vm.runProperty().addListener((o, a, e) -> showDataView(e));
        darkItem.selectedProperty().bindBidirectional(vm.appearance.dark);
        presentationItem.selectedProperty().bindBidirectional(vm.appearance.presentation);
        focusItem.selectedProperty().bindBidirectional(vm.appearance.focus);
        layout = new WorkbenchLayout(root, experiment, plotsArea, mainSplit, lowerSplit, timeline, vm.appearance,
                transport);
        // the invitation only while it is one: not over a run that is already playing
        watchHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.watchHint.get()
                + (vm.playing.get() ? "" : "  Press Space to play."), vm.watchHint, vm.playing));
        watchHint.visibleProperty().bind(vm.watchHint.isNotEmpty().and(vm.appearance.focus.not()));
        watchHint.managedProperty().bind(watchHint.visibleProperty());
    }

    /** The data view only has something to show for 1-/2-D data; otherwise the curves take its room. */
    private void showDataView(org.activationworkbench.experiment.RunDescription e) {
        boolean show = e != null && org.activationworkbench.plot.DataPlot.supports(e.dataset());
        if (show && !lowerSplit.getItems().contains(dataView)) {
            lowerSplit.getItems().add(dataView);
            lowerSplit.setDividerPositions(0.58);
        } else if (!show) {
            lowerSplit.getItems().remove(dataView);
        }
    }

    /** Space plays/pauses, S steps, R resets, unless the user is typing in a field. */
    void installKeys(Scene scene) {
        undo.installKeys(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || typing(scene.getFocusOwner())) return;
            if (e.getCode() == KeyCode.SPACE) vm.togglePlay();
            else if (e.getCode() == KeyCode.S) vm.step();
            else if (e.getCode() == KeyCode.R) vm.reset();
            else if (e.getCode() == KeyCode.F) vm.appearance.focus.set(!vm.appearance.focus.get());
            else if (e.getCode() == KeyCode.ESCAPE && vm.appearance.focus.get()) vm.appearance.focus.set(false);
            else if (e.getCode() == KeyCode.ESCAPE && vm.appearance.drawerOpen.get()) vm.appearance.drawerOpen.set(false);
            else return;
            e.consume();
        });
    }

    /**
     * True when keys go into text: a text field, or a spinner or drop-down the user can type in (those keep the
     * focus themselves and hand the keys to their editor).
     */
    static boolean typing(javafx.scene.Node focused) {
        for (javafx.scene.Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) return true;
            if (n instanceof javafx.scene.control.ComboBoxBase<?> c && c.isEditable()) return true;
            if (n instanceof javafx.scene.control.Spinner<?> sp && sp.isEditable()) return true;
        }
        return false;
    }

    /** The window title: the file's name (or "Untitled"), a "•" while there are unsaved changes. */
    static String title(java.nio.file.Path file, boolean dirty) {
        String name = file == null ? "Untitled" : file.getFileName().toString();
        return (dirty ? "• " : "") + name + " — Activation Workbench";
    }

    void loadPreset(Preset p) {
        var s = vm.state();
        if (s != null && s.snapshot().step() > 0
                && !experimentController.confirm.test("Loading the preset \"" + p.name() + "\" starts a new run.")) {
            return;
        }
        vm.apply(p);
    }

    @FXML
    private void onOpenDataset() {
        experimentController.openDatasetDialog();
    }

    @FXML
    private void onQuit() {
        files.whenSafeToDiscard(exit);
    }

    @FXML
    private void onNew() {
        files.newWorkbench();
    }

    @FXML
    private void onOpen() {
        files.openWithDialog();
    }

    @FXML
    private void onSave() {
        files.save();
    }

    @FXML
    private void onSaveAs() {
        files.saveAs();
    }

    @FXML
    private void onExportActivations() {
        openExport(What.ACTIVATIONS);
    }

    @FXML
    private void onExportEvolution() {
        openExport(What.EVOLUTION);
    }

    @FXML
    private void onExportCurves() {
        openExport(What.LOSS);
    }

    @FXML
    private void onExportNumbers() {
        openExport(What.NUMBERS);
    }

    @FXML
    private void onExportPyTorch() {
        openExport(What.PYTORCH);
    }

    /**
     * Takes the run between two steps (training goes on) and opens the export dialog on it; the dialog exports
     * that moment, so a run that keeps training does not change under the preview.
     */
    public CompletableFuture<ExportDialog> openExport(What what) {
        return vm.captureState().thenApply(SavedRun::of).handle((run, err) -> {
            CompletableFuture<ExportDialog> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                if (err != null) {
                    vm.banner.set(Banner.error("Nothing to export yet: " + WorkbenchViewModel.userMessage(err)));
                    shown.complete(null);
                    return;
                }
                ExportDialog d = new ExportDialog(transport.getScene().getWindow(), run, what,
                        vm.appearance.dark.get());
                d.show();
                shown.complete(d);
            });
            return shown;
        }).thenCompose(f -> f);
    }

    @FXML
    public void onCompare() {
        if (compare == null) compare = new CompareView(vm, transport.getScene().getWindow());
        compare.show();
    }

    public CompareView compareView() {
        return compare;
    }

    @FXML
    private void onAbout() {
        org.activationworkbench.ui.dialogs.AboutDialog.create(transport.getScene().getWindow()).showAndWait();
    }

    @FXML
    private void onShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Space\tplay / pause\nS\tone training step\nR\treset to the "
                + "initial network\nCtrl+Z\tundo a settings change (in a text field: its text)\nCtrl+Shift+Z, Ctrl+Y\tredo\nF\tfocus: only the plots (Esc leaves it)\nF5\tprojector mode\n\nClick an activation panel to enlarge it; drag the timeline to go back in time.\nTab moves between the controls and the plots; Enter on an activation plot enlarges it.\nDrop a .awb file, a CSV file or an IDX folder on the window to open it.");
        a.setHeaderText("Keyboard shortcuts");
        a.showAndWait();
    }
}
