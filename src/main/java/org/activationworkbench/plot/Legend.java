package org.activationworkbench.plot;

import java.util.List;

/** A legend laid out in one row (wrapping when needed), centred in a box, no frame: paper style. */
final class Legend {

    private static final double SAMPLE = 18;
    private static final double SAMPLE_GAP = 4;
    private static final double ENTRY_GAP = 12;

    private Legend() {
    }

    /** Height the entries need when wrapped to {@code width}. */
    static double height(Painter p, Theme t, List<LegendEntry> entries, double width) {
        return entries.isEmpty() ? 0 : rows(p, t, entries, width) * rowHeight(t);
    }

    /** Draws the entries centred horizontally in {@code box}, starting at its top. */
    static void draw(Painter p, Theme t, List<LegendEntry> entries, Rect box) {
        p.setFont(t.tickSize(), false);
        entries = entries.stream().map(e -> fitted(p, e, box.w())).toList();
        double rowH = rowHeight(t);
        int i = 0;
        double top = box.y();
        while (i < entries.size()) {
            int end = i;
            double used = 0;
            while (end < entries.size()) {
                double w = entryWidth(p, entries.get(end)) + (end > i ? ENTRY_GAP : 0);
                if (end > i && used + w > box.w()) {
                    break;
                }
                used += w;
                end++;
            }
            double x = box.centerX() - used / 2;
            double cy = top + rowH / 2;
            for (int k = i; k < end; k++) {
                x += k > i ? ENTRY_GAP : 0;
                drawEntry(p, t, entries.get(k), x, cy);
                x += entryWidth(p, entries.get(k));
            }
            i = end;
            top += rowH;
        }
    }

    private static void drawEntry(Painter p, Theme t, LegendEntry e, double x, double cy) {
        p.setColor(e.color());
        switch (e.kind()) {
            case DOT -> p.fillCircle(x + SAMPLE / 2, cy, 2.4);
            case BOX -> p.fillRect(x + 2, cy - 4, SAMPLE - 4, 8);
            case LINE -> {
                p.setStroke(e.width(), e.dashes());
                p.line(x, cy, x + SAMPLE, cy);
            }
        }
        p.setColor(t.text());
        p.setFont(t.tickSize(), false);
        p.text(e.label(), x + SAMPLE + SAMPLE_GAP, cy, Painter.HAlign.LEFT, Painter.VAlign.MIDDLE);
    }

    /** An entry wider than the whole box (a narrow panel) keeps its sample and as much of its label as fits. */
    private static LegendEntry fitted(Painter p, LegendEntry e, double width) {
        if (entryWidth(p, e) <= width) return e;
        String label = Texts.ellipsize(p, e.label(), Math.max(0, width - SAMPLE - SAMPLE_GAP));
        return new LegendEntry(label, e.kind(), e.color(), e.width(), e.dashes());
    }

    private static double entryWidth(Painter p, LegendEntry e) {
        return SAMPLE + SAMPLE_GAP + p.textWidth(e.label());
    }

    private static int rows(Painter p, Theme t, List<LegendEntry> entries, double width) {
        p.setFont(t.tickSize(), false);
        int rows = 1;
        double used = 0;
        for (int i = 0; i < entries.size(); i++) {
            double w = entryWidth(p, entries.get(i));
            if (used > 0 && used + ENTRY_GAP + w > width) {
                rows++;
                used = w;
            } else {
                used += (used > 0 ? ENTRY_GAP : 0) + w;
            }
        }
        return rows;
    }

    private static double rowHeight(Theme t) {
        return PlotFonts.lineHeight(t.tickSize()) + 3;
    }
}
