package org.activationworkbench.plot;

import java.util.List;
import org.activationworkbench.activation.ActivationView;

/**
 * One activation panel drawn large (the gallery's enlarged view): curve, ghost, trail, histogram, family
 * structure, coefficient bars and formula, plus an optional read-out of x, f(x) and f′(x) at one x.
 */
public final class ActivationFocus implements Figure {

    private static final double MARGIN = 12;

    private final ActivationPanel panel;
    private final String subtitle;
    private final double readoutX;
    private final FormulaOverlay overlay;
    private volatile PlotFrame frame;

    /** @param readoutX the x to read out, NaN for none */
    public ActivationFocus(ActivationPanel panel, String subtitle, double readoutX) {
        this(panel, subtitle, readoutX, null);
    }

    /** @param overlay closed-form readings drawn over the curve ("What is this?"), or null */
    public ActivationFocus(ActivationPanel panel, String subtitle, double readoutX, FormulaOverlay overlay) {
        this.panel = panel;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.readoutX = readoutX;
        this.overlay = overlay;
    }

    /** The readings drawn over the curve, or null. */
    public FormulaOverlay overlay() {
        return overlay;
    }

    @Override
    public double preferredWidth() {
        return 560;
    }

    @Override
    public double preferredHeight() {
        return 420;
    }

    @Override
    public String describe() {
        return panel.title() + ": " + Descriptions.activation(panel.current());
    }

    /** The x read out, NaN for none. */
    public double readoutX() {
        return readoutX;
    }

    /** The plot area and scales of the last draw, or null before the first. */
    public PlotFrame frame() {
        return frame;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double top = FigureHeader.draw(p, t, panel.title(), subtitle, box);
        // with formulas drawn over it, the family's component curves would share their colours: leave them out
        ActivationPanel panel = overlay == null ? this.panel : withoutComponents(this.panel);
        List<LegendEntry> legend = PanelLegend.entries(t, List.of(panel));
        double lh = Legend.height(p, t, legend, box.w());
        Legend.draw(p, t, legend, new Rect(box.x(), top, box.w(), lh));
        top += lh + (lh > 0 ? 4 : 0);
        ActivationView v = panel.current();
        // the header says the title; the panel itself draws none (it would sit on the subtitle)
        PanelScene scene = new PanelScene(new ActivationPanel("", v, panel.initial(), panel.trail(), panel.histogram()));
        List<PanelScene.Warning> warnings = scene.warnings();
        boolean bars = !v.bars().isEmpty();
        double noteLine = PlotFonts.lineHeight(t.noteSize()) + 1;
        double barsH = bars ? Math.max(50, 0.2 * box.h()) : 0;
        double below = (bars ? barsH + 8 : 0) + (warnings.size() + (v.formula().isEmpty() ? 0 : 1)) * noteLine
                + PlotFonts.lineHeight(t.labelSize()) + 6;
        Scale probe = Scale.linear(scene.yLo, scene.yHi, 0, box.h() * 0.6);
        double left = Axes.leftRoom(p, t, probe, true, true);
        Rect plot = new Rect(box.x() + left, top + 4, box.w() - left - 4,
                box.bottom() - top - 4 - Axes.bottomRoom(t, true, true) - below);
        boolean coloured = PanelLegend.colourComponents(List.of(panel));
        ActivationPanelRenderer.draw(p, t, scene, plot,
                new ActivationPanelRenderer.Dress(true, true, true, true, false, coloured));
        Scale sx = Scale.linear(scene.xLo, scene.xHi, plot.x(), plot.right());
        Scale sy = Scale.linear(scene.yLo, scene.yHi, plot.bottom(), plot.y());
        frame = new PlotFrame(plot, sx, sy);
        double y = plot.bottom() + Axes.bottomRoom(t, true, true) + 4;
        if (bars) {
            BarInset.draw(p, t, v.bars(), new Rect(plot.x(), y, plot.w(), barsH));
            y += barsH + 8;
        }
        Notes.draw(p, t, plot.x(), y, plot.w(), v.formula().isEmpty() ? null : v.formula(), warnings);
        if (overlay != null) overlay.draw(p, t, sx, sy, plot);
        if (Double.isFinite(readoutX)) readout(p, t, v, sx, sy, plot);
    }

    private static ActivationPanel withoutComponents(ActivationPanel a) {
        ActivationView v = a.current();
        ActivationView bare = new ActivationView(v.x(), v.y(), v.dy(), List.of(), v.markers(), v.bars(), v.scalars(),
                v.activePiece(), v.formula());
        return new ActivationPanel(a.title(), bare, a.initial(), a.trail(), a.histogram());
    }

    /** A crosshair at readoutX with the values in a box at the top right. */
    private void readout(Painter p, Theme t, ActivationView v, Scale sx, Scale sy, Rect plot) {
        double fx = interpolate(v.x(), v.y(), readoutX);
        double dfx = interpolate(v.x(), v.dy(), readoutX);
        double px = sx.map(readoutX);
        p.setColor(t.mutedText().withAlpha(0.7));
        p.setStroke(t.thinWidth(), new double[] {3, 3});
        p.line(px, plot.y(), px, plot.bottom());
        if (Double.isFinite(fx) && sy.contains(fx)) {
            p.setColor(t.curve());
            p.fillCircle(px, sy.map(fx), 3.5);
        }
        String text = "x = " + TickFormat.number(readoutX, 3) + "   f(x) = " + TickFormat.number(fx, 4)
                + "   f′(x) = " + TickFormat.number(dfx, 4);
        p.setFont(t.tickSize() + 0.5, false);
        double w = p.textWidth(text) + 10;
        double h = PlotFonts.lineHeight(t.tickSize() + 0.5) + 6;
        p.setColor(t.background().withAlpha(0.9));
        p.fillRect(plot.right() - w - 4, plot.y() + 4, w, h);
        p.setColor(t.frame().withAlpha(0.5));
        p.setStroke(t.thinWidth(), null);
        p.strokeRect(plot.right() - w - 4, plot.y() + 4, w, h);
        p.setColor(t.text());
        p.text(text, plot.right() - w + 1, plot.y() + 7, Painter.HAlign.LEFT, Painter.VAlign.TOP);
    }

    /** Linear interpolation of ys over ascending xs; NaN outside. */
    static double interpolate(double[] xs, double[] ys, double x) {
        int n = Math.min(xs.length, ys.length);
        if (n == 0 || x < xs[0] || x > xs[n - 1]) return Double.NaN;
        int i = java.util.Arrays.binarySearch(xs, 0, n, x);
        if (i >= 0) return ys[i];
        int hi = -i - 1, lo = hi - 1;
        double u = (x - xs[lo]) / (xs[hi] - xs[lo]);
        return ys[lo] * (1 - u) + ys[hi] * u;
    }
}
