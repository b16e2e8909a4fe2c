package org.activationworkbench.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.ActivationView.Bar;

/**
 * A small bar chart of an activation's coefficients under its curve. Each group (coefficients, amplitudes,
 * frequencies) has its own scale, since their units differ, shown by a two- or three-label mini axis at its
 * left; the first group's axis labels sit in the panel's y-label gutter, aligned with the y ticks above.
 */
final class BarInset {

    private static final double AXIS_GAP = 3;

    private BarInset() {
    }

    private record Group(String name, List<Bar> bars, double max, boolean negative) {
        String[] axisLabels() {
            String top = TickFormat.number(max, 2);
            return negative ? new String[] {top, "0", TickFormat.number(-max, 2)} : new String[] {top, "0"};
        }
    }

    static void draw(Painter p, Theme t, List<Bar> bars, Rect box) {
        List<Group> groups = groups(bars);
        double small = t.noteSize() - 0.5;
        double labelH = PlotFonts.lineHeight(t.noteSize()) + 1;
        double nameH = PlotFonts.lineHeight(small);

        // room for the mini axes of the second and later groups
        p.setFont(small, false);
        double[] axisW = new double[groups.size()];
        double gaps = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (String s : groups.get(g).axisLabels()) {
                axisW[g] = Math.max(axisW[g], p.textWidth(s) + 2 * AXIS_GAP);
            }
            gaps += g > 0 ? axisW[g] + 8 : 0;
        }
        double slot = (box.w() - gaps) / Math.max(1, bars.size());
        boolean names = namesFit(p, bars, slot);
        Rect area = new Rect(box.x(), box.y(), box.w(), box.h() - labelH - (names ? nameH : 0));

        double x = box.x();
        for (int g = 0; g < groups.size(); g++) {
            Group gr = groups.get(g);
            if (g > 0) {
                x += axisW[g] + 8;
            }
            double groupW = gr.bars().size() * slot;
            double zero = gr.negative() ? area.centerY() : area.bottom();
            double reach = gr.negative() ? area.h() / 2 : area.h();
            double scale = gr.max() > 0 ? reach / gr.max() : 0;

            p.setColor(t.seriesColor(g).withAlpha(0.85));
            for (int i = 0; i < gr.bars().size(); i++) {
                double v = gr.bars().get(i).value() * scale;
                if (!Double.isFinite(v)) {
                    continue;
                }
                p.fillRect(x + i * slot + slot * 0.15, v >= 0 ? zero - v : zero, slot * 0.7, Math.abs(v));
            }
            p.setColor(t.zeroLine());
            p.setStroke(t.thinWidth(), null);
            p.line(x, zero, x + groupW, zero);
            miniAxis(p, t, gr, x, area, zero, small);

            p.setColor(t.mutedText());
            if (names) {
                p.setFont(small, false);
                for (int i = 0; i < gr.bars().size(); i++) {
                    p.text(gr.bars().get(i).name(), x + (i + 0.5) * slot, area.bottom() + 1, Painter.HAlign.CENTER,
                            Painter.VAlign.TOP);
                }
            }
            p.setFont(t.noteSize(), false);
            p.text(Texts.ellipsize(p, gr.name(), groupW + 8), x + groupW / 2, box.bottom(), Painter.HAlign.CENTER,
                    Painter.VAlign.BOTTOM);
            x += groupW;
        }
    }

    /** A vertical line at the group's left with its top (and bottom) value and 0. */
    private static void miniAxis(Painter p, Theme t, Group g, double x, Rect area, double zero, double size) {
        p.setColor(t.frame());
        p.setStroke(t.thinWidth(), null);
        p.line(x, area.y(), x, g.negative() ? area.bottom() : zero);
        p.setFont(size, false);
        p.setColor(t.text());
        String[] labels = g.axisLabels();
        double[] ys = g.negative() ? new double[] {area.y(), zero, area.bottom()} : new double[] {area.y(), zero};
        for (int i = 0; i < labels.length; i++) {
            p.line(x - 2, ys[i], x, ys[i]);
            p.text(labels[i], x - AXIS_GAP, ys[i], Painter.HAlign.RIGHT, Painter.VAlign.MIDDLE);
        }
    }

    private static List<Group> groups(List<Bar> bars) {
        Map<String, List<Bar>> byName = new LinkedHashMap<>();
        for (Bar b : bars) {
            byName.computeIfAbsent(b.group(), k -> new ArrayList<>()).add(b);
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<Bar>> e : byName.entrySet()) {
            double max = 0;
            boolean negative = false;
            for (Bar b : e.getValue()) {
                if (Double.isFinite(b.value())) {
                    max = Math.max(max, Math.abs(b.value()));
                    negative |= b.value() < 0;
                }
            }
            out.add(new Group(e.getKey(), e.getValue(), max, negative));
        }
        return out;
    }

    private static boolean namesFit(Painter p, List<Bar> bars, double slot) {
        for (Bar b : bars) {
            if (p.textWidth(b.name()) > slot - 1) {
                return false;
            }
        }
        return true;
    }
}
