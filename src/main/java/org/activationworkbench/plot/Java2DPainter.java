package org.activationworkbench.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;

/** Paints on a java.awt Graphics2D (PNG export); antialiased, works headless. */
public final class Java2DPainter implements Painter {

    private record State(Graphics2D g, double fontSize) { }

    private final Deque<State> stack = new ArrayDeque<>();
    private Graphics2D g;
    private double fontSize = 10;

    /** Takes over {@code g} (its transform may already carry the export scale). */
    public Java2DPainter(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        setFont(fontSize, false);
        setStroke(1, null);
    }

    @Override
    public void setColor(Rgba c) {
        g.setColor(new Color(c.r(), c.g(), c.b(), (int) Math.round(c.alpha() * 255)));
    }

    @Override
    public void setStroke(double width, double[] dashes) {
        float[] d = null;
        if (dashes != null && dashes.length > 0) {
            d = new float[dashes.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) dashes[i];
            }
        }
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, d, 0f));
    }

    @Override
    public void setFont(double size, boolean bold) {
        fontSize = size;
        g.setFont(PlotFonts.awtFont(size, bold));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        g.draw(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) return;
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) path.lineTo(xs[i], ys[i]);
        path.closePath();
        g.fill(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void text(String s, double x, double y, HAlign h, VAlign v) {
        double w = textWidth(s);
        g.drawString(s, (float) (x + PlotFonts.startOffset(h, w)), (float) (y + PlotFonts.baselineOffset(v, fontSize)));
    }

    @Override
    public void textUp(String s, double x, double y, HAlign h, VAlign v) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        text(s, 0, 0, h, v);
        g.setTransform(saved);
    }

    @Override
    public double textWidth(String s) {
        Font f = g.getFont();
        return PlotFonts.awtTextWidth(f, s);
    }

    @Override
    public void save() {
        stack.push(new State(g, fontSize));
        g = (Graphics2D) g.create();
    }

    @Override
    public void restore() {
        State s = stack.pop();
        g.dispose();
        g = s.g();
        fontSize = s.fontSize();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }
}
