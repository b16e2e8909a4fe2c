package org.activationworkbench.ui.model;

import javafx.scene.Scene;

/** The window's CSS: the base sheet plus the dark and presentation overlays as the appearance changes. */
public final class Stylesheets {

    private static final String BASE = "/assets/workbench.css";
    private static final String DARK = "/assets/dark.css";
    private static final String PRESENTATION = "/assets/presentation.css";

    private Stylesheets() {
    }

    public static void apply(Scene scene, Appearance a) {
        Runnable update = () -> {
            var sheets = scene.getStylesheets();
            sheets.setAll(url(BASE));
            if (a.dark.get()) sheets.add(url(DARK));
            if (a.presentation.get()) sheets.add(url(PRESENTATION));
        };
        update.run();
        a.dark.addListener((o, x, y) -> update.run());
        a.presentation.addListener((o, x, y) -> update.run());
    }

    /**
     * A secondary window (export, compare, studies, report, import) wears the owner's sheets and keeps wearing
     * them: switching to dark or presentation restyles the windows already open, not only the next ones.
     */
    public static void follow(Scene scene, javafx.stage.Window owner) {
        if (owner == null || owner.getScene() == null) return;
        javafx.beans.binding.Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
    }

    private static String url(String path) {
        var u = Stylesheets.class.getResource(path);
        if (u == null) throw new IllegalStateException("missing stylesheet " + path);
        return u.toExternalForm();
    }
}
