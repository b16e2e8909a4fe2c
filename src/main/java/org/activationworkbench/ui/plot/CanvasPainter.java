package org.activationworkbench.ui.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.activationworkbench.plot.Painter;
import org.activationworkbench.plot.PlotFonts;
import org.activationworkbench.plot.Rgba;

/**
 * The export {@link Painter} over a JavaFX Canvas, so the live view draws the very same Figures as the
 * PNG and SVG exports. JavaFX thread only. Text is placed with the shared {@link PlotFonts} anchoring
 * (baseline computed here, not by JavaFX), so it sits where it sits in the exports. Clipping is geometric (see
 * {@link RectClip}): lines, polylines, rectangles and polygons are cut to the clip, markers show when their centre is
 * inside it, and text is not clipped.
 */
public final class CanvasPainter implements Painter {

    private final GraphicsContext gc;
    private final Text measure = new Text();
    private static volatile String family;

    private double fontSize = 10;
    private Font font;
    /** The current clip and those save() pushed; depth = how many are pushed. */
    private final RectClip clip = new RectClip();
    private final java.util.ArrayList<RectClip> saved = new java.util.ArrayList<>();
    private int depth;
    /** One visible run of a clipped polyline. */
    private double[] runX = new double[64];
    private double[] runY = new double[64];

    public CanvasPainter(GraphicsContext gc) {
        this.gc = gc;
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        setFont(fontSize, false);
    }

    @Override
    public void setColor(Rgba c) {
        Color fx = Color.rgb(c.r(), c.g(), c.b(), c.alpha());
        gc.setStroke(fx);
        gc.setFill(fx);
    }

    @Override
    public void setStroke(double width, double[] dashes) {
        gc.setLineWidth(width);
        gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setFont(double size, boolean b) {
        fontSize = size;
        font = Font.font(fxFamily(), b ? FontWeight.BOLD : FontWeight.NORMAL, size);
        gc.setFont(font);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        if (clip.segment(x1, y1, x2, y2)) gc.strokeLine(clip.seg[0], clip.seg[1], clip.seg[2], clip.seg[3]);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        if (allInside(xs, ys, n)) {
            gc.strokePolyline(xs, ys, n);
            return;
        }
        int run = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (!clip.segment(xs[i], ys[i], xs[i + 1], ys[i + 1])) {
                run = flush(run);
                continue;
            }
            double[] g = clip.seg;
            if (run > 0 && (g[0] != runX[run - 1] || g[1] != runY[run - 1])) run = flush(run);
            if (run == 0) run = append(run, g[0], g[1]);
            run = append(run, g[2], g[3]);
            if (g[2] != xs[i + 1] || g[3] != ys[i + 1]) run = flush(run);   // left the clip here
        }
        flush(run);
    }

    private boolean allInside(double[] xs, double[] ys, int n) {
        if (clip.unbounded()) return true;
        for (int i = 0; i < n; i++) {
            if (!clip.contains(xs[i], ys[i])) return false;
        }
        return true;
    }

    private int append(int run, double x, double y) {
        if (run == runX.length) {
            runX = java.util.Arrays.copyOf(runX, 2 * run);
            runY = java.util.Arrays.copyOf(runY, 2 * run);
        }
        runX[run] = x;
        runY[run] = y;
        return run + 1;
    }

    /** Strokes the run gathered so far; returns the new (empty) run length. */
    private int flush(int run) {
        if (run >= 2) gc.strokePolyline(runX, runY, run);
        return 0;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (clip.rect(x, y, w, h)) gc.fillRect(clip.seg[0], clip.seg[1], clip.seg[2], clip.seg[3]);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) return;
        if (allInside(xs, ys, n)) {
            gc.fillPolygon(xs, ys, n);
            return;
        }
        int m = clip.polygon(xs, ys, n);
        if (m >= 3) gc.fillPolygon(clip.px, clip.py, m);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        if (clip.containsBox(x, y, w, h)) {
            gc.strokeRect(x, y, w, h);
            return;
        }
        line(x, y, x + w, y);
        line(x + w, y, x + w, y + h);
        line(x + w, y + h, x, y + h);
        line(x, y + h, x, y);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        if (clip.contains(cx, cy)) gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        if (clip.contains(cx, cy)) gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String s, double x, double y, HAlign h, VAlign v) {
        double w = textWidth(s);
        gc.fillText(s, x + PlotFonts.startOffset(h, w), y + PlotFonts.baselineOffset(v, fontSize));
    }

    @Override
    public void textUp(String s, double x, double y, HAlign h, VAlign v) {
        gc.save();
        gc.translate(x, y);
        gc.rotate(-90);
        text(s, 0, 0, h, v);
        gc.restore();
    }

    @Override
    public double textWidth(String s) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    @Override
    public void save() {
        gc.save();
        if (depth == saved.size()) saved.add(new RectClip());
        saved.get(depth++).copyFrom(clip);
    }

    @Override
    public void restore() {
        gc.restore();
        // the context restored its own font; keep ours in step for measuring and anchoring
        font = gc.getFont();
        fontSize = font.getSize();
        if (depth > 0) clip.copyFrom(saved.get(--depth));
        else clip.reset();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clip.intersect(x, y, w, h);
    }

    /** DejaVu Sans when JavaFX can find it, else JavaFX's default sans-serif ("System"). */
    private static String fxFamily() {
        String f = family;
        if (f == null) {
            f = Font.getFamilies().contains(PlotFonts.PREFERRED_FAMILY) ? PlotFonts.PREFERRED_FAMILY : "System";
            family = f;
        }
        return f;
    }
}
