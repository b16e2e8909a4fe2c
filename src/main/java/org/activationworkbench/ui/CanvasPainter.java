package org.activationworkbench.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.activationworkbench.export.Painter;
import org.activationworkbench.export.PlotFonts;
import org.activationworkbench.export.Rgba;

/**
 * The export {@link Painter} over a JavaFX Canvas, so the live view draws the very same Figures as the
 * PNG and SVG exports. JavaFX thread only. Text is placed with the shared {@link PlotFonts} anchoring
 * (baseline computed here, not by JavaFX), so it sits where it sits in the exports.
 */
public final class CanvasPainter implements Painter {

    private final GraphicsContext gc;
    private final Text measure = new Text();
    private static volatile String family;

    private double fontSize = 10;
    private Font font;

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
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n >= 2) {
            gc.strokePolyline(xs, ys, n);
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
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
    }

    @Override
    public void restore() {
        gc.restore();
        // the context restored its own font; keep ours in step for measuring and anchoring
        font = gc.getFont();
        fontSize = font.getSize();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.closePath();
        gc.clip();
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
