package org.activationworkbench.plot;

/**
 * One plot area with its two scales: draws the grid and zero lines behind the data, then the frame,
 * the outward ticks, tick labels and axis labels around it. Also tells layouts how much room that takes.
 */
public final class Axes {

    static final double TICK = 3.5;
    static final double GAP = 2.5;
    static final double X_TICK_SPACING = 45;
    static final double Y_TICK_SPACING = 32;
    /** The tick font size the spacings above were chosen for (the light theme's). */
    static final double BASE_TICK_SIZE = 8.5;

    private final Rect area;
    private final Scale x;
    private final Scale y;
    private final String xLabel;
    private final String yLabel;
    private final boolean xTickLabels;
    private final boolean yTickLabels;

    /** {@code xLabel}/{@code yLabel} may be null (not drawn, e.g. inner panels of a grid). */
    public Axes(Rect area, Scale x, Scale y, String xLabel, String yLabel, boolean xTickLabels, boolean yTickLabels) {
        this.area = area;
        this.x = x;
        this.y = y;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.xTickLabels = xTickLabels;
        this.yTickLabels = yTickLabels;
    }

    public Rect area() {
        return area;
    }

    public Scale x() {
        return x;
    }

    public Scale y() {
        return y;
    }

    /**
     * Tick spacing grows with the tick font: presentation mode's larger labels would otherwise crowd and
     * overlap on the x axis.
     */
    static double xSpacing(Theme t) {
        return X_TICK_SPACING * Math.max(1, t.tickSize() / BASE_TICK_SIZE);
    }

    static double ySpacing(Theme t) {
        return Y_TICK_SPACING * Math.max(1, t.tickSize() / BASE_TICK_SIZE);
    }

    /** Room below the plot area for ticks, tick labels and the x label. */
    public static double bottomRoom(Theme t, boolean tickLabels, boolean label) {
        double h = TICK;
        if (tickLabels) {
            h += GAP + PlotFonts.lineHeight(t.tickSize());
        }
        if (label) {
            h += GAP + PlotFonts.lineHeight(t.labelSize());
        }
        return h;
    }

    /** Room left of the plot area for ticks, the widest y tick label and the rotated y label. */
    public static double leftRoom(Painter p, Theme t, Scale y, boolean tickLabels, boolean label) {
        double w = TICK;
        if (tickLabels) {
            p.setFont(t.tickSize(), false);
            double widest = 0;
            for (String s : y.labels(y.ticks(ySpacing(t)))) {
                widest = Math.max(widest, p.textWidth(s));
            }
            w += GAP + widest;
        }
        if (label) {
            w += GAP + 1 + PlotFonts.lineHeight(t.labelSize());
        }
        return w;
    }

    /**
     * The x ticks whose labels fit side by side (a narrow panel in large type gets fewer): from the spacing's count
     * down until neighbouring labels keep a gap of about a letter.
     */
    double[] xTicks(Painter p, Theme t) {
        double[] ticks = x.ticks(xSpacing(t));
        if (x.isLog() || ticks.length < 3) return ticks;
        p.setFont(t.tickSize(), false);
        for (int target = ticks.length - 1; target >= 1; target--) {
            double[] try_ = target == ticks.length - 1 ? ticks : NiceTicks.linear(x.lo(), x.hi(), target);
            String[] labels = x.labels(try_);
            double widest = 0;
            for (String s : labels) widest = Math.max(widest, p.textWidth(s));
            double apart = try_.length < 2 ? Double.POSITIVE_INFINITY : Math.abs(x.map(try_[1]) - x.map(try_[0]));
            if (apart >= widest + 0.6 * t.tickSize() || try_.length <= 2) return try_;
        }
        return ticks;
    }

    /** Grid at the ticks and the faint x = 0 and y = 0 lines. */
    public void drawBackground(Painter p, Theme t) {
        p.setStroke(t.thinWidth() * 0.8, null);
        p.setColor(t.grid());
        for (double v : xTicks(p, t)) {
            double px = x.map(v);
            p.line(px, area.y(), px, area.bottom());
        }
        for (double v : y.ticks(ySpacing(t))) {
            double py = y.map(v);
            p.line(area.x(), py, area.right(), py);
        }
        p.setColor(t.zeroLine());
        p.setStroke(t.thinWidth(), null);
        if (!x.isLog() && x.lo() < 0 && x.hi() > 0) {
            double px = x.map(0);
            p.line(px, area.y(), px, area.bottom());
        }
        if (!y.isLog() && y.lo() < 0 && y.hi() > 0) {
            double py = y.map(0);
            p.line(area.x(), py, area.right(), py);
        }
    }

    /** Frame, ticks and labels; drawn after the data so the frame stays crisp on top. */
    public void drawFrame(Painter p, Theme t) {
        p.setColor(t.frame());
        p.setStroke(t.thinWidth(), null);
        p.strokeRect(area.x(), area.y(), area.w(), area.h());

        double[] xt = xTicks(p, t);
        String[] xl = x.labels(xt);
        double[] yt = y.ticks(ySpacing(t));
        String[] yl = y.labels(yt);
        p.setFont(t.tickSize(), false);
        for (int i = 0; i < xt.length; i++) {
            double px = x.map(xt[i]);
            p.setColor(t.frame());
            p.line(px, area.bottom(), px, area.bottom() + TICK);
            if (xTickLabels) {
                p.setColor(t.text());
                // a label at an end stays over its panel (small multiples sit close: "10" would meet "−10")
                double half = p.textWidth(xl[i]) / 2;
                Painter.HAlign align = px - half < area.x() - TICK ? Painter.HAlign.LEFT
                        : px + half > area.right() + TICK ? Painter.HAlign.RIGHT : Painter.HAlign.CENTER;
                double ax = align == Painter.HAlign.LEFT ? Math.max(px - half, area.x() - TICK)
                        : align == Painter.HAlign.RIGHT ? Math.min(px + half, area.right() + TICK) : px;
                p.text(xl[i], ax, area.bottom() + TICK + GAP, align, Painter.VAlign.TOP);
            }
        }
        double widest = 0;
        for (int i = 0; i < yt.length; i++) {
            double py = y.map(yt[i]);
            p.setColor(t.frame());
            p.line(area.x() - TICK, py, area.x(), py);
            if (yTickLabels) {
                p.setColor(t.text());
                p.text(yl[i], area.x() - TICK - GAP, py, Painter.HAlign.RIGHT, Painter.VAlign.MIDDLE);
                widest = Math.max(widest, p.textWidth(yl[i]));
            }
        }
        p.setColor(t.text());
        p.setFont(t.labelSize(), false);
        if (xLabel != null) {
            double top = area.bottom() + TICK + (xTickLabels ? GAP + PlotFonts.lineHeight(t.tickSize()) : 0) + GAP;
            p.text(xLabel, area.centerX(), top, Painter.HAlign.CENTER, Painter.VAlign.TOP);
        }
        if (yLabel != null) {
            double right = area.x() - TICK - (yTickLabels ? GAP + widest : 0) - GAP - 1;
            p.textUp(yLabel, right, area.centerY(), Painter.HAlign.CENTER, Painter.VAlign.BOTTOM);
        }
    }
}
