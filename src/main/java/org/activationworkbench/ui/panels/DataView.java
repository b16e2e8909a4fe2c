package org.activationworkbench.ui.panels;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.PredictionGrid;
import org.activationworkbench.live.TrainerState;
import org.activationworkbench.plot.DataPlot;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;

/**
 * 2-D data: the decision regions or regression surface with train and test points; 1-D regression: the
 * fitted function against the targets. The grid is computed by the trainer between steps, never here; dragged back
 * in time, the view shows the grid kept for that moment.
 */
public final class DataView extends VBox {

    private PlotCanvas canvas;
    private final Label none = new Label();
    private final StackPane body = new StackPane();
    private final Label title = new Label("Data");
    private WorkbenchViewModel vm;
    private PredictionGrid drawn;

    public DataView() {
        getStyleClass().add("card");
        title.getStyleClass().add("card-title");
        none.getStyleClass().add("muted");
        none.setWrapText(true);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, body);
    }

    public void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        canvas = new PlotCanvas(vm.appearance::theme);
        vm.runProperty().addListener((o, a, e) -> rebuild(e));
        vm.frame.addListener((o, a, b) -> refresh(false));
        vm.appearance.theme.addListener((o, a, b) -> refresh(true));
    }

    /** The grid last drawn (tests). */
    public PredictionGrid drawnGrid() {
        return drawn;
    }

    private void rebuild(RunDescription e) {
        drawn = null;
        if (e == null) return;
        Dataset d = e.dataset();
        boolean supported = DataPlot.supports(d);
        title.setText(supported ? (d.inputs() == 2 ? (e.classification() ? "Decision regions" : "Regression surface")
                : "Fit against the target") + " — " + d.name() : "Data — " + d.name());
        none.setText(d.name() + " has " + d.inputs() + " inputs: the data view shows sets with one or two inputs. "
                + "Watch the activations and the curves.");
        canvas.setSubject(title.getText());
        body.getChildren().setAll(supported ? canvas : none);
        refresh(true);
    }

    private void refresh(boolean force) {
        RunDescription e = vm.run();
        TrainerState s = vm.state();
        if (e == null || s == null || !DataPlot.supports(e.dataset())) return;
        PredictionGrid grid = vm.shownGrid();   // the timeline's moment, or the live grid
        if (!force && grid == drawn) return;   // the grid only changes a few times a second
        drawn = grid;
        canvas.show(new DataPlot("", e.dataset(), drawn, true));
    }
}
