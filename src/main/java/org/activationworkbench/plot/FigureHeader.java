package org.activationworkbench.plot;

/** The figure title (bold) and subtitle (muted) centred at the top; returns where the content starts. */
final class FigureHeader {

    private FigureHeader() {
    }

    /** Paints the whole figure's background and returns the box inside the margin, where the header starts. */
    static Rect background(Painter p, Theme t, double width, double height, double margin) {
        p.setColor(t.background());
        p.fillRect(0, 0, width, height);
        return new Rect(margin, margin, width - 2 * margin, height - 2 * margin);
    }

    static double draw(Painter p, Theme t, String title, String subtitle, Rect box) {
        double y = box.y();
        if (!title.isEmpty()) {
            p.setFont(t.figureTitleSize(), true);
            p.setColor(t.text());
            p.text(Texts.ellipsize(p, title, box.w()), box.centerX(), y, Painter.HAlign.CENTER, Painter.VAlign.TOP);
            y += PlotFonts.lineHeight(t.figureTitleSize()) + 2;
        }
        if (!subtitle.isEmpty()) {
            p.setFont(t.noteSize() + 0.5, false);
            p.setColor(t.mutedText());
            p.text(Texts.ellipsize(p, subtitle, box.w()), box.centerX(), y, Painter.HAlign.CENTER, Painter.VAlign.TOP);
            y += PlotFonts.lineHeight(t.noteSize() + 0.5) + 2;
        }
        return y + (y > box.y() ? 4 : 0);
    }
}
