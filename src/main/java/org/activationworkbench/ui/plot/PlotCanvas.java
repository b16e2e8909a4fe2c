package org.activationworkbench.ui.plot;

import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.Theme;

/**
 * A resizable canvas that draws one export {@link Figure} through {@link CanvasPainter}: the live view and
 * the PNG/SVG exports run the same drawing code. Redraws only when given a new figure or resized.
 */
public class PlotCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final Supplier<Theme> theme;
    private Figure figure;
    private boolean asFile;
    /** What the canvas is (its place in the window), put before the figure's own description. */
    private String subject = "";

    public PlotCanvas(Supplier<Theme> theme) {
        this.theme = theme;
        getChildren().add(canvas);
        getStyleClass().add("plot-canvas");
        setMinSize(80, 60);
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
    }

    public void show(Figure f) {
        figure = f;
        describe();
        redraw();
    }

    /** Names the canvas for a screen reader, e.g. "Activations, family dyn"; the figure says what it shows. */
    public void setSubject(String subject) {
        this.subject = subject == null ? "" : subject;
        describe();
    }

    /** The accessible text follows every figure shown, so it says what the picture says now. */
    private void describe() {
        String what = figure == null ? "" : figure.describe();
        setAccessibleText(subject.isEmpty() ? what : what.isEmpty() ? subject : subject + ": " + what);
    }

    /**
     * Draws the figure as its file will look: at the file's size and aspect, scaled down to fit and centred (an
     * export preview), instead of laid out anew for the canvas's own shape.
     */
    public void setAsFile(boolean on) {
        asFile = on;
        redraw();
    }

    public Figure figure() {
        return figure;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth()), h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    public void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (figure == null || w < 2 || h < 2) return;
        var gc = canvas.getGraphicsContext2D();
        gc.save();
        try {
            if (asFile) {
                double fw = figure.preferredWidth(), fh = figure.preferredHeight();
                double k = Math.min(w / fw, h / fh);
                gc.clearRect(0, 0, w, h);
                gc.translate(Math.floor((w - fw * k) / 2), Math.floor((h - fh * k) / 2));
                gc.scale(k, k);
                figure.draw(new CanvasPainter(gc), fw, fh, theme.get());
            } else {
                figure.draw(new CanvasPainter(gc), w, h, theme.get());
            }
        } finally {
            gc.restore();
        }
    }
}
