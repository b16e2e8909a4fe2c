package org.activationworkbench.plot;

import java.util.List;

/** Lines of small text under a panel: the formula (muted) when it fits, then warnings (in warning colour). */
final class Notes {

    private Notes() {
    }

    static void draw(Painter p, Theme t, double x, double top, double width, String formula,
                     List<PanelScene.Warning> warnings) {
        double line = PlotFonts.lineHeight(t.noteSize()) + 1;
        double y = top;
        if (formula != null && !formula.isEmpty()) {
            p.setFont(t.noteSize(), false);
            if (p.textWidth(formula) > width) {
                p.setFont(t.noteSize() - 1, false);
            }
            if (p.textWidth(formula) <= width) {   // a cut formula would be wrong: show it whole or not at all
                p.setColor(t.mutedText());
                p.text(formula, x, y, Painter.HAlign.LEFT, Painter.VAlign.TOP);
                y += line;
            }
        }
        p.setFont(t.noteSize(), false);
        p.setColor(t.warning());
        for (PanelScene.Warning w : warnings) {
            String full = "⚠ " + w.full();
            String s = p.textWidth(full) <= width ? full : Texts.ellipsize(p, "⚠ " + w.brief(), width);
            p.text(s, x, y, Painter.HAlign.LEFT, Painter.VAlign.TOP);
            y += line;
        }
    }
}
