package org.activationworkbench.plot;

/** An axis-aligned box in figure units. */
public record Rect(double x, double y, double w, double h) {

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    /** Shrinks by the given margins (clamped so the box never turns negative). */
    public Rect inset(double top, double right, double bottom, double left) {
        return new Rect(x + left, y + top, Math.max(0, w - left - right), Math.max(0, h - top - bottom));
    }
}
