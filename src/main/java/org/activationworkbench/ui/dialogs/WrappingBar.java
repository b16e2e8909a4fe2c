package org.activationworkbench.ui.dialogs;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A bar of two groups: the lead at the left and the trail at the right on one row when both fit, else the trail on
 * rows of its own below (its items wrapping, right-aligned), so nothing in it is ever cut at a narrow window or in
 * large type. The trail's items keep their preferred widths.
 */
public class WrappingBar extends Region {

    private final Region lead;
    private final Region trail;
    private double hgap = 12;
    private double vgap = 6;

    public WrappingBar(Region lead, Region trail) {
        this.lead = lead;
        this.trail = trail;
        getChildren().addAll(lead, trail);
    }

    public void setGaps(double hgap, double vgap) {
        this.hgap = hgap;
        this.vgap = vgap;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double inner(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    /** True when the lead and the whole trail fit on one row of this width. */
    private boolean oneRow(double width) {
        return lead.prefWidth(-1) + hgap + trailWidth() <= inner(width);
    }

    private double trailWidth() {
        double w = 0;
        int n = 0;
        for (Node c : trail.getChildrenUnmodifiable()) {
            if (!c.isManaged()) continue;
            w += c.prefWidth(-1);
            n++;
        }
        return w + Math.max(0, n - 1) * trailGap();
    }

    /** The trail's height on one row: its tallest item (its own pref height would wrap at its default length). */
    private double trailRowHeight() {
        double h = 0;
        for (Node c : trail.getChildrenUnmodifiable()) if (c.isManaged()) h = Math.max(h, c.prefHeight(-1));
        return h + trail.snappedTopInset() + trail.snappedBottomInset();
    }

    private double trailGap() {
        return trail instanceof javafx.scene.layout.FlowPane f ? f.getHgap() : 6;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + lead.minWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + lead.prefWidth(-1) + hgap + trailWidth();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double ins = snappedTopInset() + snappedBottomInset();
        if (width < 0 || oneRow(width)) return ins + Math.max(lead.prefHeight(-1), trailRowHeight());
        return ins + lead.prefHeight(-1) + vgap + trail.prefHeight(inner(width));
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset(), y = snappedTopInset();
        double w = inner(getWidth());
        double leadW = Math.min(w, lead.prefWidth(-1));
        if (oneRow(getWidth())) {
            double h = getHeight() - y - snappedBottomInset();
            layoutInArea(lead, x, y, leadW, h, 0, HPos.LEFT, VPos.CENTER);
            double tw = w - leadW - hgap;
            layoutInArea(trail, x + leadW + hgap, y, tw, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double lh = lead.prefHeight(-1);
            layoutInArea(lead, x, y, leadW, lh, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(trail, x, y + lh + vgap, w, trail.prefHeight(w), 0, HPos.RIGHT, VPos.TOP);
        }
    }
}
