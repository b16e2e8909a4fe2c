package org.activationworkbench.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationworkbench.activation.ActivationView.Bar;

/**
 * A small bar chart of an activation's coefficients under its curve. Each group (coefficients, amplitudes,
 * frequencies) has its own scale, since their units differ; the group label names its largest magnitude.
 */
final class BarInset {

    private BarInset() {
    }

    static void draw(Painter p, Theme t, List<Bar> bars, Rect box) {
        Map<String, List<Bar>> groups = new LinkedHashMap<>();
        for (Bar b : bars) {
            groups.computeIfAbsent(b.group(), k -> new ArrayList<>()).add(b);
        }
        double labelH = PlotFonts.lineHeight(t.noteSize()) + 1;
        double nameH = PlotFonts.lineHeight(t.noteSize() - 1);
        double gapSlots = 1.0;
        double slots = bars.size() + gapSlots * (groups.size() - 1);
        double slot = box.w() / Math.max(1, slots);
        boolean names = namesFit(p, t, bars, slot);
        Rect area = new Rect(box.x(), box.y(), box.w(), box.h() - labelH - (names ? nameH : 0));

        double x = box.x();
        int g = 0;
        for (Map.Entry<String, List<Bar>> e : groups.entrySet()) {
            List<Bar> group = e.getValue();
            double max = 0;
            boolean negative = false;
            for (Bar b : group) {
                max = Math.max(max, Math.abs(b.value()));
                negative |= b.value() < 0;
            }
            double scale = max > 0 ? 1 / max : 0;
            // the zero line sits mid-height only when some bar goes down
            double zero = negative ? area.centerY() : area.bottom();
            double reach = negative ? area.h() / 2 : area.h();
            double groupW = group.size() * slot;

            p.setColor(t.seriesColor(g).withAlpha(0.85));
            for (int i = 0; i < group.size(); i++) {
                double v = group.get(i).value() * scale * reach;
                double bx = x + i * slot + slot * 0.15;
                p.fillRect(bx, v >= 0 ? zero - v : zero, slot * 0.7, Math.abs(v));
            }
            p.setColor(t.zeroLine());
            p.setStroke(t.thinWidth(), null);
            p.line(x, zero, x + groupW, zero);

            p.setFont(t.noteSize() - 1, false);
            p.setColor(t.mutedText());
            if (names) {
                for (int i = 0; i < group.size(); i++) {
                    p.text(group.get(i).name(), x + (i + 0.5) * slot, area.bottom() + 1, Painter.HAlign.CENTER,
                            Painter.VAlign.TOP);
                }
            }
            p.setFont(t.noteSize(), false);
            String label = fitted(p, e.getKey() + ", max |·| " + TickFormat.number(max, 2), e.getKey(), groupW
                    + (g < groups.size() - 1 ? slot * gapSlots : 0));
            p.text(label, x + groupW / 2, box.bottom(), Painter.HAlign.CENTER, Painter.VAlign.BOTTOM);
            x += groupW + gapSlots * slot;
            g++;
        }
    }

    private static boolean namesFit(Painter p, Theme t, List<Bar> bars, double slot) {
        p.setFont(t.noteSize() - 1, false);
        for (Bar b : bars) {
            if (p.textWidth(b.name()) > slot - 1) {
                return false;
            }
        }
        return true;
    }

    /** The long label when it fits the width, else the short one, else nothing. */
    private static String fitted(Painter p, String long_, String short_, double width) {
        if (p.textWidth(long_) <= width) {
            return long_;
        }
        return p.textWidth(short_) <= width ? short_ : "";
    }
}
