package org.activationworkbench.ui.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationworkbench.activation.Activation;
import org.activationworkbench.activation.ActivationView;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.LayerSnapshot;
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
    /** Small multiples per row: 8 normally, 4 in projector mode (larger panels, type legible from the back). */
    private static final int GRID_COLUMNS = 8;
    private static final int PROJECTOR_COLUMNS = 4;
    /** Smallest heights of a row of small multiples and of a layer panel; below them the gallery scrolls. */
    private static final double GRID_ROW_MIN = 105;
    private static final double PROJECTOR_ROW_MIN = 170;
    private static final double LAYER_PANEL_MIN = 150;
    private static final int MAX_LAYER_COLUMNS = 6;
    /** Share of the width the α/β trajectory takes beside the layer panels. */
    private static final double TRAJECTORY_SHARE = 0.34;
    private boolean oneFigure;
    private int layerColumns = 3;

    /** Choices of how many neurons per layer the small multiples show (evenly spaced); 64 means "all" up to 64. */
    static final List<Integer> NEURON_CHOICES = List.of(4, 8, 16, 32, 64);

    private final VBox content = new VBox(8);
    final javafx.scene.control.ChoiceBox<Integer> neuronsShown = new javafx.scene.control.ChoiceBox<>();
    private final List<PlotCanvas> layerCanvases = new ArrayList<>();
    private PlotCanvas trajectory;
    private javafx.scene.Node header;
    private WorkbenchViewModel vm;
    private List<LayerActivations> shown = List.of();

    public ActivationGallery() {
        getStyleClass().add("gallery");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(8));
        setContent(content);
        neuronsShown.getItems().setAll(NEURON_CHOICES);
        neuronsShown.setValue(8);
        neuronsShown.setAccessibleText("Neurons shown per layer");
        neuronsShown.setTooltip(new Tooltip("Neurons drawn per layer in neuron sharing (an evenly spaced subset of "
                + "wide layers)"));
        viewportBoundsProperty().addListener((o, a, b) -> fit());
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
        // projector mode: four larger neurons a row (the choice stays the user's to change)
        vm.appearance.presentation.addListener((o, a, on) -> {
            neuronsShown.setValue(on ? PROJECTOR_COLUMNS : 8);
            rebuild(vm.run());
        });
    }

    private boolean projector() {
        return vm != null && vm.appearance.presentation.get();
    }

    private int gridColumns() {
        return projector() ? PROJECTOR_COLUMNS : GRID_COLUMNS;
    }

    /** The panels currently drawn, layer by layer (for tests and the enlarged view). */
    public List<LayerActivations> shownLayers() {
        return shown;
    }

    /** Canvases drawing activations: one per layer with small multiples, else one for all layers. */
    public int canvasCount() {
        return layerCanvases.size();
    }

    /** The canvases drawing activations (tests measure their tick labels). */
    public List<PlotCanvas> canvases() {
        return List.copyOf(layerCanvases);
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
        header = header(e, perNeuron);
        content.getChildren().add(header);
        if (perNeuron) {
            for (int li = 0; li < layers; li++) content.getChildren().add(layerCanvas(li));
        } else {
            // every layer in one figure: one legend, aligned axes; a click picks the panel it lands on
            PlotCanvas c = layerCanvas(-1);
            if (showsTrajectory(e)) {
                // the trajectory the hint points at sits beside the panels, not below the fold
                trajectory = new PlotCanvas(vm.appearance::theme);
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, c, trajectory);
                javafx.scene.layout.HBox.setHgrow(c, Priority.ALWAYS);
                content.getChildren().add(row);
            } else {
                content.getChildren().add(c);
            }
        }
        String family = e.activation().family();
        for (int i = 0; i < layerCanvases.size(); i++) {
            layerCanvases.get(i).setSubject("Activations, family " + family);
        }
        if (trajectory != null) trajectory.setSubject("Parameters over training, family " + family);
        if (!e.activation().learnable()) {
            Label fixed = new Label(e.activation().family() + " is a fixed baseline: it has nothing to learn, "
                    + "so its curve stays put. Compare with a learnable family.");
            fixed.getStyleClass().add("muted");
            fixed.setWrapText(true);
            content.getChildren().add(fixed);
        }
        fit();
        refresh();
    }

    /**
     * Sizes the canvases to the visible room: the layers share the height (each at least legible, else the gallery
     * scrolls), the layer panels take as many columns as suit the room's shape, the trajectory a share of the width.
     */
    private void fit() {
        RunDescription e = vm == null ? null : vm.run();
        if (e == null || layerCanvases.isEmpty()) return;
        double w = Math.max(200, getViewportBounds().getWidth() - 16);
        double h = Math.max(200, getViewportBounds().getHeight() - 16 - 8 - (header == null ? 30
                : Math.max(24, header.prefHeight(w))) - 8);
        int layers = e.config().hidden().size();
        if (oneFigure) {
            double panelsW = trajectory != null ? w * (1 - TRAJECTORY_SHARE) - 8 : w;
            int cols = columnsFor(layers, panelsW, h);
            boolean changed = cols != layerColumns;
            layerColumns = cols;
            if (changed) javafx.application.Platform.runLater(this::refresh);
            int rows = (layers + layerColumns - 1) / layerColumns;
            double height = Math.max(rows * LAYER_PANEL_MIN, h);
            size(layerCanvases.get(0), height);
            if (trajectory != null) {
                trajectory.setPrefWidth(w * TRAJECTORY_SHARE);
                trajectory.setMinWidth(160);
                size(trajectory, height);
            }
        } else {
            double rowMin = projector() ? PROJECTOR_ROW_MIN : GRID_ROW_MIN;
            for (int li = 0; li < layerCanvases.size(); li++) {
                int panels = Math.min(e.config().hidden().get(li), neuronsShown.getValue());
                int rows = (panels + gridColumns() - 1) / gridColumns();
                double legend = li == 0 ? 26 : 0;
                size(layerCanvases.get(li), Math.max(30 + legend + rows * rowMin, (h - 8 * (layers - 1)) / layers));
            }
        }
    }

    private static void size(Region r, double height) {
        r.setPrefHeight(height);
        r.setMinHeight(height);
    }

    /** Columns for n layer panels in a w × h room: the layout whose panels are largest (a little wider than tall). */
    static int columnsFor(int n, double w, double h) {
        int best = 1;
        double bestSize = -1;
        for (int cols = 1; cols <= Math.min(n, MAX_LAYER_COLUMNS); cols++) {
            int rows = (n + cols - 1) / cols;
            double size = Math.min(w / cols, 1.4 * h / rows);
            if (size > bestSize + 1e-9) {
                bestSize = size;
                best = cols;
            }
        }
        return best;
    }

    private javafx.scene.Node header(RunDescription e, boolean perNeuron) {
        Label title = new Label("Activations — " + e.activation().displayName() + " · " + e.sharing().label()
                + " sharing");
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setMinWidth(0);
        javafx.scene.layout.HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, title);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (perNeuron) {
            Label l = new Label("neurons per layer");
            l.getStyleClass().add("muted");
            l.setMinWidth(Region.USE_PREF_SIZE);
            neuronsShown.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().addAll(l, neuronsShown);
        }
        return box;
    }

    private PlotCanvas layerCanvas(int layer) {
        PlotCanvas c = new PlotCanvas(vm.appearance::theme);
        c.setCursor(Cursor.HAND);
        Tooltip.install(c, new Tooltip("Click to enlarge, with read-outs of x, f(x) and f′(x)"));
        c.setOnMouseClicked(ev -> clicked(layer, c, ev.getX(), ev.getY()));
        // the keyboard's way to the enlarged view: Tab to the plot, Enter opens its first panel
        c.setFocusTraversable(true);
        c.setAccessibleHelp("Press Enter to enlarge, with read-outs of x, f(x) and f′(x)");
        c.setOnKeyPressed(ev -> {
            if (ev.getCode() == javafx.scene.input.KeyCode.ENTER) {
                enlarge(Math.max(layer, 0), 0);
                ev.consume();
            }
        });
        layerCanvases.add(c);
        return c;
    }

    /** Enlarges the panel under a click: found among the plot areas the figure drew. */
    private void clicked(int layer, PlotCanvas c, double x, double y) {
        if (!(c.figure() instanceof ActivationPlot plot)) return;
        List<org.activationworkbench.plot.Rect> areas = plot.drawnPanels();
        int hit = nearest(areas, x, y);
        if (hit < 0) return;
        if (layer < 0) enlarge(hit, 0);   // one panel per layer, in layer order
        else enlarge(layer, hit);
    }

    /** The area containing (x, y), else the nearest one (a click on a panel's title or ticks), or -1. */
    static int nearest(List<org.activationworkbench.plot.Rect> areas, double x, double y) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < areas.size(); i++) {
            var r = areas.get(i);
            double dx = Math.max(0, Math.max(r.x() - x, x - r.right()));
            double dy = Math.max(0, Math.max(r.y() - y, y - r.bottom()));
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
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
                    new ActivationPlot.Options(true, true, gridColumns(), layerColumns)));
        } else {
            for (int li = 0; li < layers.size() && li < layerCanvases.size(); li++) {
                layerCanvases.get(li).show(new ActivationPlot("", "", List.of(layers.get(li)),
                        new ActivationPlot.Options(li == 0, true, gridColumns())));
            }
        }
        if (trajectory != null) trajectory.show(trajectoryPlot(a, h, now));
        if (focus != null) focus.update();
    }

    /**
     * α and β (dyn) or a (prelu) of every layer over the run's history: one colour per layer, one line style per
     * parameter (α solid, β dashed), so twelve lines of six layers stay apart.
     */
    private TrajectoryPlot trajectoryPlot(Activation a, RunHistory h, Snapshot now) {
        List<Snapshot> all = h.snapshots();
        int n = all.size();
        List<TrajectoryPlot.Trace> traces = new ArrayList<>();
        int layers = now.layers().size();
        for (int li = 0; li < layers; li++) {
            for (int k = 0; k < a.parameterCount(); k++) {
                double[] xs = new double[n];
                double[] ys = new double[n];
                for (int i = 0; i < n; i++) {
                    Snapshot s = all.get(i);
                    xs[i] = s.step();
                    ys[i] = s.layers().get(li).params()[k];
                }
                String name = greek(a.parameterNames().get(k));
                traces.add(new TrajectoryPlot.Trace(name + (layers > 1 ? " (layer " + (li + 1) + ")" : ""), xs, ys,
                        li, k));
            }
        }
        String title = "dyn".equals(a.family()) ? "α (solid), β (dashed)" : "a over training";
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

    /** Opens (or moves) the enlarged view on panel {@code index} of {@code layer}; null when there is no such panel. */
    public ActivationFocusWindow enlarge(int layer, int index) {
        if (layer >= shown.size() || index >= shown.get(layer).panels().size()) return null;
        if (focus == null) focus = new ActivationFocusWindow(vm, this);
        focus.show(layer, index);
        return focus;
    }

    /** Enlarges hidden layer {@code layer} (from 1): its first panel (a lesson step's "enlarge: layer N"). */
    public void enlargeLayer(int layer) {
        enlarge(layer - 1, 0);
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
