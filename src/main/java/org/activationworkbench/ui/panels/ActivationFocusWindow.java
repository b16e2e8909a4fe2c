package org.activationworkbench.ui.panels;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationworkbench.plot.ActivationFocus;
import org.activationworkbench.plot.ActivationPanel;
import org.activationworkbench.plot.PlotFrame;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;

/**
 * One activation panel enlarged in its own window, following the run live (or the timeline), with a
 * read-out of x, f(x) and f′(x) under the mouse.
 */
public final class ActivationFocusWindow {

    private final WorkbenchViewModel vm;
    private final ActivationGallery gallery;
    private final PlotCanvas canvas;
    private final Stage stage = new Stage();
    private int layer;
    private int index;
    private double hoverX = Double.NaN;
    private final WhatIsThisPane whatIsThis;

    public ActivationFocusWindow(WorkbenchViewModel vm, ActivationGallery gallery) {
        this.vm = vm;
        this.gallery = gallery;
        this.canvas = new PlotCanvas(vm.appearance::theme);
        canvas.setSubject("Enlarged activation");
        this.whatIsThis = new WhatIsThisPane(vm, this::update);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(canvas);
        root.setBottom(whatIsThis);
        root.getStyleClass().add("focus-window");
        Scene scene = org.activationworkbench.ui.dialogs.Dialogs.scene(root, 760, 700);
        // dark, light or projector: as the window it came from, now and after a switch
        if (gallery.getScene() != null) {
            org.activationworkbench.ui.model.Stylesheets.follow(scene, gallery.getScene().getWindow());
            stage.initOwner(gallery.getScene().getWindow());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) stage.hide();
        });
        vm.appearance.theme.addListener((o, a, b) -> update());
        stage.setScene(scene);
        canvas.setOnMouseMoved(e -> {
            if (canvas.figure() instanceof ActivationFocus f && f.frame() != null) {
                PlotFrame fr = f.frame();
                hoverX = fr.contains(e.getX(), e.getY()) ? fr.dataX(e.getX()) : Double.NaN;
                update();
            }
        });
        canvas.setOnMouseExited(e -> {
            hoverX = Double.NaN;
            update();
        });
    }

    public void show(int layer, int index) {
        this.layer = layer;
        this.index = index;
        update();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The figure drawn now (tests). */
    public org.activationworkbench.plot.Figure canvasFigure() {
        return canvas.figure();
    }

    /** "What is this?" and activation surgery under the curve. */
    public WhatIsThisPane whatIsThis() {
        return whatIsThis;
    }

    boolean showing() {
        return stage.isShowing();
    }

    public void update() {
        if (!stage.isShowing() && canvas.figure() != null) return;
        ActivationPanel p = gallery.panel(layer, index);
        if (p == null) {
            stage.hide();
            return;
        }
        String where = gallery.layerTitle(layer);
        String title = p.title().equals(where) ? where : where + " · " + p.title();
        stage.setTitle("Activation — " + title);
        var snap = vm.shownSnapshot();
        String sub = vm.run().activation().displayName()
                + (snap != null ? String.format(java.util.Locale.ROOT, " · step %,d", snap.step()) : "");
        if (snap != null && layer < snap.layers().size()) {
            // the panel's index among the shown neurons is not its unit: the gallery shows an evenly spaced subset
            int vectors = snap.layers().get(layer).vectors();
            int unit = vectors == 1 ? -1 : org.activationworkbench.plot.RunPlots.shownVectors(vectors,
                    gallery.neuronsShown.getValue())[Math.min(index, Math.min(vectors, gallery.neuronsShown.getValue()) - 1)];
            whatIsThis.follow(layer, unit);
        }
        whatIsThis.refresh();
        canvas.show(new ActivationFocus(new ActivationPanel(title, p.current(), p.initial(), p.trail(), p.histogram()),
                sub, hoverX, whatIsThis.overlay()));
    }
}
