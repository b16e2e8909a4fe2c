package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.List;
import org.activationworkbench.experiment.CompareSummary;

/**
 * Test loss (and test accuracy, when there is any) against epoch for several groups of runs: per group the
 * mean across seeds as a line with dots and the min/max across seeds as a shaded band.
 */
public final class CompareCurvesPlot implements Figure {

    private static final double MARGIN = 10;

    private final String title;
    private final String subtitle;
    private final List<CompareSummary.GroupCurves> groups;

    public CompareCurvesPlot(String title, String subtitle, List<CompareSummary.GroupCurves> groups) {
        this.title = title == null ? "" : title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.groups = List.copyOf(groups);
    }

    private boolean hasAccuracy() {
        for (CompareSummary.GroupCurves g : groups) {
            for (double v : g.testAccuracy().mean()) if (Double.isFinite(v)) return true;
        }
        return false;
    }

    @Override
    public String describe() {
        return "test loss against epoch, mean and min–max band across seeds, for "
                + String.join(", ", groups.stream().map(CompareSummary.GroupCurves::group).toList());
    }

    @Override
    public double preferredWidth() {
        return hasAccuracy() ? 600 : 340;
    }

    @Override
    public double preferredHeight() {
        return 260;
    }

    @Override
    public void draw(Painter p, double width, double height, Theme t) {
        Rect box = FigureHeader.background(p, t, width, height, MARGIN);
        double y = FigureHeader.draw(p, t, title, subtitle, box);
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            legend.add(i % DASHES.length == 0 ? LegendEntry.line(groups.get(i).group(), t.seriesColor(i), t.lineWidth() * 1.3)
                    : LegendEntry.dashed(groups.get(i).group(), t.seriesColor(i), t.lineWidth() * 1.3, dashes(i)));
        }
        legend.add(LegendEntry.box("min–max across seeds", t.mutedText().withAlpha(0.25)));
        double lh = Legend.height(p, t, legend, box.w());
        Legend.draw(p, t, legend, new Rect(box.x(), y, box.w(), lh));
        y += lh + 6;
        Rect body = new Rect(box.x(), y, box.w(), box.bottom() - y);
        boolean acc = hasAccuracy();
        List<String> labels = acc ? List.of("test loss", "test accuracy") : List.of("test loss");
        double[] xr = epochRange();
        List<Scale> probes = new ArrayList<>();
        double left = 0;
        for (int k = 0; k < labels.size(); k++) {
            Scale s = yScale(k == 1, 0, body.h() * 0.7);
            probes.add(s);
            left = Math.max(left, Axes.leftRoom(p, t, s, true, true));
        }
        PanelGrid grid = new PanelGrid(body, new PanelGrid.Spec(1, labels.size(), false, left,
                Axes.bottomRoom(t, true, true), 4, 0, 22, 10, 6));
        for (int k = 0; k < labels.size(); k++) {
            Rect plot = grid.plot(0, k);
            Scale sx = Scale.linear(xr[0], xr[1], plot.x(), plot.right());
            Scale sy = yScale(k == 1, plot.bottom(), plot.y());
            Axes axes = new Axes(plot, sx, sy, "epoch", labels.get(k), true, true);
            axes.drawBackground(p, t);
            p.save();
            p.clip(plot.x() - 3, plot.y() - 3, plot.w() + 6, plot.h() + 6);
            for (int i = 0; i < groups.size(); i++) {
                CompareSummary.Band b = k == 1 ? groups.get(i).testAccuracy() : groups.get(i).testLoss();
                drawBand(p, t, sx, sy, b, t.seriesColor(i), dashes(i));
            }
            p.restore();
            axes.drawFrame(p, t);
        }
    }

    /**
     * Each group's own line style as well as its own colour: groups stay apart for a reader who cannot tell two of
     * the colours apart, and on a grey print.
     */
    private static final double[][] DASHES = {null, {6, 3}, {1.5, 2.5}, {7, 2.5, 1.5, 2.5}, {12, 3, 3, 3}};

    private static double[] dashes(int group) {
        return DASHES[group % DASHES.length];
    }

    private static void drawBand(Painter p, Theme t, Scale sx, Scale sy, CompareSummary.Band b, Rgba colour,
                                 double[] dashes) {
        p.setColor(colour.withAlpha(0.22));
        Curves.band(p, sx, sy, b.epochs(), b.min(), b.max());
        p.setColor(colour);
        p.setStroke(t.lineWidth() * 1.3, dashes);
        Curves.draw(p, sx, sy, b.epochs(), b.mean());
        if (b.epochs().length <= 40) Curves.dots(p, sx, sy, b.epochs(), b.mean(), b.epochs().length, 2.0);
    }

    private Scale yScale(boolean accuracy, double p0, double p1) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (CompareSummary.GroupCurves g : groups) {
            CompareSummary.Band b = accuracy ? g.testAccuracy() : g.testLoss();
            for (int i = 0; i < b.epochs().length; i++) {
                if (Double.isFinite(b.min()[i])) lo = Math.min(lo, b.min()[i]);
                if (Double.isFinite(b.max()[i])) hi = Math.max(hi, b.max()[i]);
            }
        }
        if (!(lo <= hi)) return Scale.linear(0, 1, p0, p1);
        double[] r = YLimits.pad(lo, hi);
        return Scale.linear(r[0], r[1], p0, p1);
    }

    private double[] epochRange() {
        double hi = 0;
        for (CompareSummary.GroupCurves g : groups) {
            double[] e = g.testLoss().epochs();
            if (e.length > 0) hi = Math.max(hi, e[e.length - 1]);
        }
        return hi > 0 ? NiceTicks.extendToTicks(0, hi, 5) : new double[] {-0.5, 0.5};
    }
}
