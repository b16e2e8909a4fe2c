package org.activationworkbench.plot;

/**
 * Where a figure last drew one plot area and with which scales, so a live view can turn a mouse position
 * into data coordinates for hover read-outs. Immutable.
 */
public record PlotFrame(Rect area, Scale x, Scale y) {

    public boolean contains(double px, double py) {
        return px >= area.x() && px <= area.right() && py >= area.y() && py <= area.bottom();
    }

    /** The data x under pixel column px. */
    public double dataX(double px) {
        double t = (px - area.x()) / area.w();
        return x.lo() + t * (x.hi() - x.lo());
    }
}
