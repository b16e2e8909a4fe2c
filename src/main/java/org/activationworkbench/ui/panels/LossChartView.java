package org.activationworkbench.ui.panels;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.activationworkbench.ui.dialogs.WrappingBar;
import javafx.scene.layout.VBox;
import org.activationworkbench.experiment.MetricsRow;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.plot.LossPlot;
import org.activationworkbench.plot.PlotFrame;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;

/**
 * Train and test loss (and accuracy) against step or epoch, drawn by the export {@link LossPlot}; log
 * scale, smoothing with the raw curve faded behind, the timeline's cursor, and a hover read-out.
 */
public final class LossChartView extends VBox {

    final CheckBox logScale = new CheckBox("log scale");
    final ChoiceBox<String> xAxis = new ChoiceBox<>();
    final Slider smoothing = new Slider(0, 0.95, 0.6);
    final Label readout = new Label(" ");
    private final PlotCanvas canvas;
    private WorkbenchViewModel vm;
    private javafx.scene.layout.FlowPane controls;
    private List<MetricsRow> rows = List.of();

    public LossChartView() {
        this(null);
    }

    LossChartView(WorkbenchViewModel ignored) {
        getStyleClass().add("card");
        canvas = new PlotCanvas(() -> vm.appearance.theme());
        canvas.setSubject("Curves");
        xAxis.getItems().addAll("step", "epoch");
        xAxis.setValue("step");
        xAxis.setAccessibleText("Curves against");
        smoothing.setAccessibleText("Smoothing of the training loss");
        xAxis.setTooltip(new Tooltip("Plot against training steps or epochs"));
        logScale.setTooltip(new Tooltip("Loss on a logarithmic axis: late progress stays visible"));
        smoothing.setPrefWidth(90);
        smoothing.setTooltip(new Tooltip("Exponential smoothing of the training loss; the raw curve stays faded behind"));
        readout.getStyleClass().add("readout");
        Label title = new Label("Curves");
        title.getStyleClass().add("card-title");
        Label smooth = new Label("smoothing");
        smooth.getStyleClass().add("muted");
        // the controls move under the title when the card is narrow, never cut
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 4, xAxis, logScale, smooth, smoothing);
        controls.setAlignment(Pos.CENTER_RIGHT);
        for (var c : List.of(xAxis, logScale, smooth, title)) c.setMinWidth(Region.USE_PREF_SIZE);
        smoothing.setMinWidth(70);
        HBox lead = new HBox(title);
        lead.setAlignment(Pos.CENTER_LEFT);
        WrappingBar bar = new WrappingBar(lead, controls);
        this.controls = controls;
        VBox.setVgrow(canvas, Priority.ALWAYS);
        getChildren().addAll(bar, canvas, readout);
    }

    public void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        // a projector leaves the chart its room: the settings stay as they are, out of sight
        controls.visibleProperty().bind(vm.appearance.presentation.not());
        controls.managedProperty().bind(controls.visibleProperty());
        vm.frame.addListener((o, a, b) -> refresh());
        logScale.selectedProperty().addListener((o, a, b) -> refresh());
        xAxis.valueProperty().addListener((o, a, b) -> refresh());
        smoothing.valueProperty().addListener((o, a, b) -> refresh());
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> readout.setText(" "));
    }

    /** The rows last drawn (tests). */
    List<MetricsRow> rows() {
        return rows;
    }

    boolean steps() {
        return "step".equals(xAxis.getValue());
    }

    private void refresh() {
        RunHistory h = vm.history();
        if (h == null || vm.run() == null) return;
        rows = h.rows();
        Snapshot shown = vm.scrubbing() ? vm.shownSnapshot() : null;
        double smooth = smoothing.getValue() < 0.02 ? 0 : smoothing.getValue();
        LossPlot plot = new LossPlot("", "", rows, new LossPlot.Options(logScale.isSelected(), smooth, true))
                .stepAxis(steps());
        double cursor = shown == null ? Double.NaN : steps() ? shown.step() / plot.stepUnit() : shown.epoch();
        canvas.show(plot.cursor(cursor).marks(phaseMarks(plot)));
    }

    /** A dashed line where the training procedure changed phase (after the start), labelled with the new phase. */
    private List<LossPlot.Mark> phaseMarks(LossPlot plot) {
        var s = vm.state();
        if (s == null || s.phaseChanges() == null) return List.of();
        List<LossPlot.Mark> marks = new java.util.ArrayList<>();
        for (var c : s.phaseChanges()) {
            if (c.step() == 0) continue;
            marks.add(new LossPlot.Mark(steps() ? c.step() / plot.stepUnit() : c.epoch(), c.phase()));
        }
        return marks;
    }

    /** The phase marks last drawn (tests). */
    int markCount() {
        return canvas.figure() instanceof LossPlot ? phaseMarks((LossPlot) canvas.figure()).size() : 0;
    }

    private void hover(double px, double py) {
        if (!(canvas.figure() instanceof LossPlot plot) || rows.isEmpty()) return;
        for (PlotFrame f : plot.frames()) {
            if (!f.contains(px, py)) continue;
            double x = f.dataX(px) * (steps() ? plot.stepUnit() : 1);
            MetricsRow best = null;
            MetricsRow bestTest = null;
            for (MetricsRow r : rows) {
                double rx = steps() ? r.step() : r.epoch();
                if (best == null || Math.abs(rx - x) < Math.abs((steps() ? best.step() : best.epoch()) - x)) best = r;
                if (Double.isFinite(r.testLoss()) && (bestTest == null
                        || Math.abs(rx - x) < Math.abs((steps() ? bestTest.step() : bestTest.epoch()) - x))) {
                    bestTest = r;
                }
            }
            readout.setText(describe(best, bestTest));
            return;
        }
        readout.setText(" ");
    }

    private static String describe(MetricsRow r, MetricsRow test) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "step %,d · epoch %.2f · train loss %.4g",
                r.step(), r.epoch(), r.trainLoss()));
        if (Double.isFinite(r.trainAccuracy())) b.append(String.format(Locale.ROOT, " (acc %.1f %%)", 100 * r.trainAccuracy()));
        if (test != null) {
            b.append(String.format(Locale.ROOT, " · test loss %.4g", test.testLoss()));
            if (Double.isFinite(test.testAccuracy())) {
                b.append(String.format(Locale.ROOT, " (acc %.1f %%)", 100 * test.testAccuracy()));
            }
        }
        return b.toString();
    }
}
