package org.activationworkbench.ui.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationView;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.LayerState;
import org.activationworkbench.experiment.RunHistory;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.plot.ActivationPanel;
import org.activationworkbench.plot.ActivationPlot;
import org.activationworkbench.plot.LayerActivations;
import org.activationworkbench.plot.RunPlots;
import org.activationworkbench.plot.TrajectoryPlot;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;

/**
 * The main area: one activation panel per hidden layer (layer sharing) or a grid of small multiples per
 * layer (neuron sharing), each with the init ghost, a fading trail and the pre-activation histogram, drawn by
 * the export figures. For dyn and prelu an α/β (a) trajectory plot follows. Click a panel to enlarge it.
 */
public final class ActivationGallery extends ScrollPane {

    static final int TRAIL = 4;
    private static final int GRID_COLUMNS = 8;
    private static final double LAYER_PANEL_HEIGHT = 300;
    private static final int LAYER_COLUMNS = 3;
    private boolean oneFigure;

    /** Choices of how many neurons per layer the small multiples show (evenly spaced); 64 means "all" up to 64. */
    static final List<Integer> NEURON_CHOICES = List.of(8, 16, 32, 64);

    private final VBox content = new VBox(10);
    final javafx.scene.control.ChoiceBox<Integer> neuronsShown = new javafx.scene.control.ChoiceBox<>();
    private final List<PlotCanvas> layerCanvases = new ArrayList<>();
    private PlotCanvas trajectory;
    private WorkbenchViewModel vm;
    private List<LayerActivations> shown = List.of();

    public ActivationGallery() {
        getStyleClass().add("gallery");
        setFitToWidth(true);
        content.setPadding(new Insets(8));
        setContent(content);
        neuronsShown.getItems().setAll(NEURON_CHOICES);
        neuronsShown.setValue(8);
        neuronsShown.setTooltip(new Tooltip("Neurons drawn per layer in neuron sharing (an evenly spaced subset of "
                + "wide layers)"));
    }

    /** Gallery redraws while training: at most five a second. */
    private static final long PLAYING_REFRESH_NANOS = 200_000_000L;
    private long lastRefresh;

    public void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        vm.runProperty().addListener((o, a, e) -> rebuild(e));
        vm.frame.addListener((o, a, b) -> {
            // while training, the many panels redraw a few times a second (the curves keep the frame rate): the
            // rasterising they cost comes out of the trainer's time; paused, every change shows at once
            long now = System.nanoTime();
            if (!vm.playing.get() || now - lastRefresh >= PLAYING_REFRESH_NANOS) {
                lastRefresh = now;
                refresh();
            }
        });
        neuronsShown.valueProperty().addListener((o, a, b) -> rebuild(vm.run()));
    }

    /** The panels currently drawn, layer by layer (for tests and the enlarged view). */
    public List<LayerActivations> shownLayers() {
        return shown;
    }

    /** Canvases drawing activations: one per layer with small multiples, else one for all layers. */
    public int canvasCount() {
        return layerCanvases.size();
    }

    /** The current curve of the first panel of the first layer, or null. */
    public ActivationView firstCurve() {
        return shown.isEmpty() || shown.get(0).panels().isEmpty() ? null : shown.get(0).panels().get(0).current();
    }

    private void rebuild(RunDescription e) {
        content.getChildren().clear();
        layerCanvases.clear();
        trajectory = null;
        shown = List.of();
        if (e == null) return;
        int layers = e.config().hidden().size();
        boolean perNeuron = e.sharing() == Sharing.NEURON && e.activation().learnable();
        oneFigure = !perNeuron;
        content.getChildren().add(header(e, perNeuron));
        if (perNeuron) {
            for (int li = 0; li < layers; li++) {
                int units = e.config().hidden().get(li);
                int panels = Math.min(units, neuronsShown.getValue());
                int rows = (panels + GRID_COLUMNS - 1) / GRID_COLUMNS;
                PlotCanvas c = layerCanvas(li, 52 + rows * 118.0 + (li == 0 ? 24 : 0));
                content.getChildren().add(c);
            }
        } else {
            // every layer in one figure: one legend, aligned axes; a click picks the panel by its cell
            int rows = (layers + LAYER_COLUMNS - 1) / LAYER_COLUMNS;
            PlotCanvas c = layerCanvas(-1, rows * LAYER_PANEL_HEIGHT + 30);
            if (rows == 1) {
                // one row fills the visible height (minus the header), so a few layers get large panels
                c.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> Math.max(LAYER_PANEL_HEIGHT, getViewportBounds().getHeight() - 60
                                - (showsTrajectory(e) ? 240 : 0)), viewportBoundsProperty()));
            }
            content.getChildren().add(c);
        }
        if (showsTrajectory(e)) {
            trajectory = new PlotCanvas(vm.appearance::theme);
            trajectory.setPrefHeight(230);
            trajectory.setMinHeight(230);
            content.getChildren().add(trajectory);
        }
        if (!e.activation().learnable()) {
            Label fixed = new Label(e.activation().family() + " is a fixed baseline: it has nothing to learn, "
                    + "so its curve stays put. Compare with a learnable family.");
            fixed.getStyleClass().add("muted");
            content.getChildren().add(fixed);
        }
        refresh();
    }

    private javafx.scene.Node header(RunDescription e, boolean perNeuron) {
        Label title = new Label("Activations — " + e.activation().displayName() + " · " + e.sharing().label()
                + " sharing");
        title.getStyleClass().add("card-title");
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, title, spacer);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (perNeuron) {
            Label l = new Label("neurons shown per layer");
            l.getStyleClass().add("muted");
            box.getChildren().addAll(l, neuronsShown);
        }
        return box;
    }

    private PlotCanvas layerCanvas(int layer, double height) {
        PlotCanvas c = new PlotCanvas(vm.appearance::theme);
        c.setPrefHeight(height);
        c.setMinHeight(height);
        c.setCursor(Cursor.HAND);
        Tooltip.install(c, new Tooltip("Click to enlarge, with read-outs of x, f(x) and f′(x)"));
        c.setOnMouseClicked(ev -> enlarge(layer < 0 ? layerAt(c, ev.getX(), ev.getY()) : layer, c, ev.getX(),
                ev.getY()));
        layerCanvases.add(c);
        return c;
    }

    /** The layer under a click in the one-figure layout (panels in rows of up to LAYER_COLUMNS). */
    private int layerAt(PlotCanvas c, double x, double y) {
        int layers = shown.size();
        int cols = Math.min(layers, LAYER_COLUMNS);
        int rows = (layers + cols - 1) / cols;
        int col = (int) Math.max(0, Math.min(cols - 1, Math.floor(x / (c.getWidth() / cols))));
        int row = (int) Math.max(0, Math.min(rows - 1, Math.floor(y / (c.getHeight() / rows))));
        return Math.min(layers - 1, row * cols + col);
    }

    private static boolean showsTrajectory(RunDescription e) {
        String f = e.activation().family();
        return e.sharing() == Sharing.LAYER && ("dyn".equals(f) || "prelu".equals(f));
    }

    private void refresh() {
        RunDescription e = vm == null ? null : vm.run();
        RunHistory h = vm == null ? null : vm.history();
        Snapshot now = vm == null ? null : vm.shownSnapshot();
        if (e == null || h == null || now == null || layerCanvases.isEmpty()) return;
        Activation a = e.activation();
        Snapshot first = h.first();
        int index = vm.scrubbing() ? vm.scrubIndex.get() : h.snapshotCount();
        List<Snapshot> before = h.before(index, TRAIL + 1).stream().filter(s -> s.step() < now.step()).toList();
        List<Snapshot> trail = before.subList(Math.max(0, before.size() - TRAIL), before.size());
        List<LayerActivations> layers = new ArrayList<>();
        for (int li = 0; li < now.layers().size(); li++) {
            layers.add(RunPlots.layerActivations(a, first, trail, now, li, neuronsShown.getValue()));
        }
        shown = List.copyOf(layers);
        if (oneFigure) {
            layerCanvases.get(0).show(new ActivationPlot("", "", layers,
                    new ActivationPlot.Options(true, true, LAYER_COLUMNS)));
        } else {
            for (int li = 0; li < layers.size() && li < layerCanvases.size(); li++) {
                layerCanvases.get(li).show(new ActivationPlot("", "", List.of(layers.get(li)),
                        new ActivationPlot.Options(li == 0, true, GRID_COLUMNS)));
            }
        }
        if (trajectory != null) trajectory.show(trajectoryPlot(a, h, now));
        if (focus != null) focus.update();
    }

    /** α and β (dyn) or a (prelu) of every layer over the run's history. */
    private TrajectoryPlot trajectoryPlot(Activation a, RunHistory h, Snapshot now) {
        int n = h.snapshotCount();
        List<TrajectoryPlot.Trace> traces = new ArrayList<>();
        int layers = now.layers().size();
        for (int li = 0; li < layers; li++) {
            for (int k = 0; k < a.parameterCount(); k++) {
                double[] xs = new double[n];
                double[] ys = new double[n];
                for (int i = 0; i < n; i++) {
                    Snapshot s = h.snapshot(i);
                    xs[i] = s.step();
                    LayerState l = s.layers().get(li);
                    ys[i] = l.params()[k];
                }
                String name = greek(a.parameterNames().get(k));
                traces.add(new TrajectoryPlot.Trace(name + (layers > 1 ? " (layer " + (li + 1) + ")" : ""), xs, ys));
            }
        }
        String title = "dyn".equals(a.family()) ? "α and β over training (α = 1, β = 0: the base; α = β: a line)"
                : "a over training";
        return new TrajectoryPlot(title, "step", traces, vm.scrubbing() ? now.step() : Double.NaN);
    }

    private static String greek(String name) {
        return switch (name) {
            case "alpha" -> "α";
            case "beta" -> "β";
            default -> name;
        };
    }

    // ---- enlarged view ----

    private ActivationFocusWindow focus;

    private void enlarge(int layer, PlotCanvas c, double x, double y) {
        if (layer >= shown.size()) return;
        int count = shown.get(layer).panels().size();
        int index = 0;
        if (count > 1) {
            // small multiples: find the cell under the click (grid of GRID_COLUMNS, below the heading)
            int cols = Math.min(count, GRID_COLUMNS);
            int rows = (count + cols - 1) / cols;
            double top = 24 + (layer == 0 ? 24 : 0);
            int col = (int) Math.floor((x - 10) / ((c.getWidth() - 20) / cols));
            int row = (int) Math.floor((y - top) / ((c.getHeight() - top - 10) / rows));
            index = Math.max(0, Math.min(count - 1, Math.max(0, row) * cols + Math.max(0, Math.min(cols - 1, col))));
        }
        if (focus == null) focus = new ActivationFocusWindow(vm, this);
        focus.show(layer, index);
    }

    /** The panel the enlarged view follows, or null. */
    public ActivationPanel panel(int layer, int index) {
        if (layer >= shown.size() || index >= shown.get(layer).panels().size()) return null;
        return shown.get(layer).panels().get(index);
    }

    public String layerTitle(int layer) {
        return layer < shown.size() ? shown.get(layer).layerTitle() : "";
    }
}
