package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.activationworkbench.activation.ActivationView;

/**
 * The learned activations of a network: one panel per hidden layer when each layer shares one activation,
 * or, when a layer has one per neuron, a grid of small multiples per layer on shared axes.
 * A figure title, an optional subtitle and one legend for the whole figure sit on top.
 */
public final class ActivationPlot implements Figure {

    /**
     * @param legend          draw the figure legend (current / at init / components …)
     * @param shareAxesInGrid small multiples of one layer on the same x and y limits
     * @param maxColumns      columns of small multiples
     * @param layerColumns    columns of one-per-layer panels
     */
    public record Options(boolean legend, boolean shareAxesInGrid, int maxColumns, int layerColumns) {
        public Options(boolean legend, boolean shareAxesInGrid, int maxColumns) {
            this(legend, shareAxesInGrid, maxColumns, 3);
        }

        public static Options defaults() {
            return new Options(true, true, 4);
        }
    }

    /** Fixed limits of a layer's panels (an animation keeps its axes still): x from–to, y from–to. */
    public record Limits(double xLo, double xHi, double yLo, double yHi) { }

    static final double MARGIN = 10;
    private static final double FULL_PLOT_W = 250;
    private static final double FULL_PLOT_H = 175;
    private static final double GRID_PLOT_W = 120;
    private static final double GRID_PLOT_H = 90;
    private static final double ESTIMATED_LEFT = 42;

    private final String title;
    private final String subtitle;
    private final List<LayerActivations> layers;
    private final Options options;
    /** Per layer (as in {@code layers}), fixed limits or null for limits from the data. */
    private List<Limits> limits = List.of();
    /** The plot areas of the last draw, in the order of the layers' panels: clicks find their panel here. */
    private volatile List<Rect> drawnPanels = List.of();

    public ActivationPlot(String title, String subtitle, List<LayerActivations> layers) {
        this(title, subtitle, layers, Options.defaults());
    }

    public ActivationPlot(String title, String subtitle, List<LayerActivations> layers, Options options) {
        this.title = title == null ? "" : title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.layers = List.copyOf(layers);
        this.options = options;
    }

    /** Keeps each layer's panels on the given limits (null entries: from the data). */
    public ActivationPlot withLimits(List<Limits> perLayer) {
        this.limits = java.util.Collections.unmodifiableList(new ArrayList<>(perLayer));
        return this;
    }

    @Override
    public String describe() {
        return Descriptions.layers(layers);
    }

    /** The plot areas of the last draw, one per panel in the order of the layers and their panels. */
    public List<Rect> drawnPanels() {
        return drawnPanels;
    }

    /** A group of panels laid out together: all layer panels in one row, or one layer's neurons. */
    private record Section(String heading, List<ActivationPanel> panels, List<Limits> limits, boolean grid, int cols) {
        int rows() {
            return (panels.size() + cols - 1) / cols;
        }
    }

    private List<Section> sections() {
        boolean perNeuron = layers.stream().anyMatch(l -> l.panels().size() > 1);
        List<Section> out = new ArrayList<>();
        if (!perNeuron) {
            List<ActivationPanel> panels = new ArrayList<>();
            List<Limits> lim = new ArrayList<>();
            for (int li = 0; li < layers.size(); li++) {
                LayerActivations l = layers.get(li);
                for (ActivationPanel p : l.panels()) {
                    String t = p.title() == null || p.title().isEmpty() ? l.layerTitle() : p.title();
                    panels.add(new ActivationPanel(t, p.current(), p.initial(), p.trail(), p.histogram()));
                    lim.add(limitsOf(li));
                }
            }
            if (!panels.isEmpty()) {
                out.add(new Section("", panels, lim, false, Math.min(panels.size(),
                        Math.max(1, options.layerColumns()))));
            }
        } else {
            for (int li = 0; li < layers.size(); li++) {
                LayerActivations l = layers.get(li);
                if (!l.panels().isEmpty()) {
                    out.add(new Section(l.layerTitle(), l.panels(),
                            java.util.Collections.nCopies(l.panels().size(), limitsOf(li)), true,
                            Math.min(l.panels().size(), options.maxColumns())));
                }
            }
        }
        return out;
    }

    private Limits limitsOf(int layer) {
        return layer < limits.size() ? limits.get(layer) : null;
    }

    @Override
    public double preferredWidth() {
        double w = 0;
        for (Section s : sections()) {
            w = Math.max(w, s.cols() * ((s.grid() ? GRID_PLOT_W : FULL_PLOT_W) + ESTIMATED_LEFT));
        }
        return Math.max(300, w + 2 * MARGIN);
    }

    @Override
    public double preferredHeight() {
        double h = 2 * MARGIN + 60;
        for (Section s : sections()) {
            h += s.grid() ? s.rows() * (GRID_PLOT_H + 22) + 50 : s.rows() * (FULL_PLOT_H + 45 + extraBelow(s));
        }
        return h;
    }

    private static double extraBelow(Section s) {
        boolean bars = s.panels().stream().anyMatch(p -> !p.current().bars().isEmpty());
        boolean formula = s.panels().stream().anyMatch(p -> !p.current().formula().isEmpty());
        return (bars ? 58 : 0) + (formula ? 12 : 0) + 24;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        p.setColor(t.background());
        p.fillRect(0, 0, width, height);
        double y = FigureHeader.draw(p, t, title, subtitle, new Rect(MARGIN, MARGIN, width - 2 * MARGIN, height));
        if (options.legend()) {
            List<LegendEntry> legend = legend(t);
            double lh = Legend.height(p, t, legend, width - 2 * MARGIN);
            Legend.draw(p, t, legend, new Rect(MARGIN, y, width - 2 * MARGIN, lh));
            y += lh + (lh > 0 ? 6 : 0);
        }
        List<Section> sections = sections();
        double weights = 0;
        for (Section s : sections) {
            weights += weight(s);
        }
        double avail = height - MARGIN - y;
        boolean colour = colourComponents();
        List<Rect> panels = new ArrayList<>();
        for (Section s : sections) {
            double h = avail * weight(s) / weights;
            panels.addAll(drawSection(p, t, s, new Rect(MARGIN, y, width - 2 * MARGIN, h), colour));
            y += h;
        }
        drawnPanels = List.copyOf(panels);
    }

    private static double weight(Section s) {
        return s.grid() ? s.rows() * (GRID_PLOT_H + 22) + 30 : s.rows() * (FULL_PLOT_H + 45 + extraBelow(s));
    }

    private List<Rect> drawSection(Painter p, Theme t, Section sec, Rect box, boolean colourComponents) {
        boolean compact = sec.grid();
        if (!sec.heading().isEmpty()) {
            p.setFont(t.labelSize() + 0.5, true);
            p.setColor(t.text());
            p.text(sec.heading(), box.x(), box.y() + 2, Painter.HAlign.LEFT, Painter.VAlign.TOP);
            double hh = PlotFonts.lineHeight(t.labelSize() + 0.5) + 6;
            box = box.inset(hh, 0, 0, 0);
        }
        List<PanelScene> scenes = new ArrayList<>();
        for (ActivationPanel ap : sec.panels()) {
            scenes.add(new PanelScene(ap));
        }
        boolean shared = sec.grid() && options.shareAxesInGrid();
        if (shared) {
            PanelScene.share(scenes);
        }
        for (int i = 0; i < scenes.size(); i++) {
            Limits l = sec.limits().get(i);
            if (l != null) scenes.get(i).fix(l.xLo(), l.xHi(), l.yLo(), l.yHi());
        }

        int warningLines = 0;
        for (PanelScene s : scenes) {
            warningLines = Math.max(warningLines, s.warnings().size());
        }
        boolean bars = !compact && sec.panels().stream().anyMatch(ap -> !ap.current().bars().isEmpty());
        boolean formula = !compact && sec.panels().stream().anyMatch(ap -> !ap.current().formula().isEmpty());
        double noteLine = PlotFonts.lineHeight(t.noteSize()) + 1;
        int noteLines = warningLines + (formula ? 1 : 0);
        double rowGuess = box.h() / sec.rows();
        double barsH = bars ? Math.max(40, Math.min(70, 0.22 * rowGuess)) : 0;
        double below = (bars ? barsH + 6 : 0) + noteLines * noteLine + (noteLines > 0 ? 3 : 0);
        // the y tick labels depend on the plot height, which depends on the room they take: measure them on the
        // plot height of a first layout, so the widest label of any panel fits (no clipped y label)
        double plotH = grid(sec, box, shared, 40, below, t, compact).plot(0, 0).h();
        double left = 0;
        for (PanelScene s : scenes) {
            left = Math.max(left, Axes.leftRoom(p, t, Scale.linear(s.yLo, s.yHi, 0, plotH), true, true));
        }
        PanelGrid grid = grid(sec, box, shared, left, below, t, compact);
        List<Rect> drawn = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            int r = i / sec.cols(), c = i % sec.cols();
            PanelScene s = scenes.get(i);
            Rect plot = grid.plot(r, c);
            drawn.add(plot);
            ActivationPanelRenderer.Dress dress = new ActivationPanelRenderer.Dress(grid.xTicks(r),
                    grid.yTicks(c), grid.xTicks(r), grid.yTicks(c), compact, colourComponents);
            ActivationPanelRenderer.draw(p, t, s, plot, dress);
            double top = grid.belowTop(r, c) + 2;
            ActivationView v = s.panel.current();
            if (bars && !v.bars().isEmpty()) {
                BarInset.draw(p, t, v.bars(), new Rect(plot.x(), top + 4, plot.w(), barsH));
            }
            top += bars ? barsH + 6 : 0;
            Notes.draw(p, t, plot.x(), top, plot.w(), formula ? v.formula() : null, s.warnings());
        }
        return drawn;
    }

    private static PanelGrid grid(Section sec, Rect box, boolean shared, double left, double below, Theme t,
                                  boolean compact) {
        return new PanelGrid(box, new PanelGrid.Spec(sec.rows(), sec.cols(), shared, left,
                Axes.bottomRoom(t, true, true), ActivationPanelRenderer.titleHeight(t, compact), below,
                shared ? 8 : 18, compact ? 6 : 12, 4));
    }

    /** Components are coloured individually only when every panel names the same few components. */
    private boolean colourComponents() {
        return PanelLegend.colourComponents(layers.stream().flatMap(l -> l.panels().stream()).toList());
    }

    private List<LegendEntry> legend(Theme t) {
        return PanelLegend.entries(t, layers.stream().flatMap(l -> l.panels().stream()).toList());
    }

    @Override
    public String toString() {
        return "ActivationPlot[" + Objects.toString(title) + ", " + layers.size() + " layers]";
    }
}
