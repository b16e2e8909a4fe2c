package org.activationworkbench.ui;

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

/** Controller of fxml/workbench.fxml: wires the views to the view model, the menus and the keyboard. */
public final class WorkbenchController {

    @FXML private Menu presetsMenu;
    @FXML private CheckMenuItem darkItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML TransportBar transport;
    @FXML BannerView banner;
    @FXML private Label watchHint;
    @FXML ActivationGallery gallery;
    @FXML LossChartView curves;
    @FXML private javafx.scene.control.SplitPane lowerSplit;
    @FXML DataView dataView;
    @FXML TimelineView timeline;
    @FXML ExperimentPanel experimentController;

    private WorkbenchViewModel vm;

    void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        transport.bind(vm);
        banner.bind(vm);
        gallery.bind(vm);
        curves.bind(vm);
        dataView.bind(vm);
        timeline.bind(vm);
        experimentController.bind(vm);
        for (Preset p : Preset.all()) {
            MenuItem item = new MenuItem(p.name());
            item.setOnAction(e -> loadPreset(p));
            presetsMenu.getItems().add(item);
        }
        vm.experimentProperty().addListener((o, a, e) -> showDataView(e));
        darkItem.selectedProperty().bindBidirectional(vm.appearance.dark);
        presentationItem.selectedProperty().bindBidirectional(vm.appearance.presentation);
        watchHint.textProperty().bind(vm.watchHint);
        watchHint.visibleProperty().bind(vm.watchHint.isNotEmpty());
        watchHint.managedProperty().bind(watchHint.visibleProperty());
    }

    /** The data view only has something to show for 1-/2-D data; otherwise the curves take its room. */
    private void showDataView(org.activationworkbench.experiment.Experiment e) {
        boolean show = e != null && org.activationworkbench.export.DataPlot.supports(e.dataset());
        if (show && !lowerSplit.getItems().contains(dataView)) {
            lowerSplit.getItems().add(dataView);
            lowerSplit.setDividerPositions(0.58);
        } else if (!show) {
            lowerSplit.getItems().remove(dataView);
        }
    }

    /** Space plays/pauses, S steps, R resets, unless the user is typing in a field. */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || scene.getFocusOwner() instanceof TextInputControl) return;
            if (e.getCode() == KeyCode.SPACE) vm.togglePlay();
            else if (e.getCode() == KeyCode.S) vm.step();
            else if (e.getCode() == KeyCode.R) vm.reset();
            else return;
            e.consume();
        });
    }

    void loadPreset(Preset p) {
        var s = vm.state();
        if (s != null && s.snapshot().step() > 0
                && !experimentController.confirm.test("Loading the preset \"" + p.name() + "\" starts a new run.")) {
            return;
        }
        vm.apply(p.config()).thenAccept(ok -> {
            if (ok) vm.watchHint.set(p.name() + ": " + p.watch() + "  Press Space to play.");
        });
    }

    @FXML
    private void onOpenDataset() {
        experimentController.openDatasetDialog();
    }

    @FXML
    private void onQuit() {
        Platform.exit();
    }

    @FXML
    private void onShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Space\tplay / pause\nS\tone training step\nR\treset to the "
                + "initial network\n\nClick an activation panel to enlarge it; drag the timeline to go back in time.");
        a.setHeaderText("Keyboard shortcuts");
        a.showAndWait();
    }
}
