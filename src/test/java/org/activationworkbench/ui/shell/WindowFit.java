package org.activationworkbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import org.activationworkbench.ui.dialogs.Dialogs;

/** What a window test checks of a layout: controls reaching past the window's edge, labels cut to "…". */
final class WindowFit {

    private WindowFit() {
    }

    /**
     * Visible controls whose bounds leave the scene (content scrolled inside a scroll pane is the pane's business:
     * the pane itself is checked).
     */
    static List<String> outside(Scene scene) {
        List<String> out = new ArrayList<>();
        walk(scene.getRoot(), n -> {
            if (!(n instanceof Control) || !visible(n)) return;
            Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5) {
                out.add(describe(n) + " at " + Math.round(b.getMinX()) + "," + Math.round(b.getMinY()) + "–"
                        + Math.round(b.getMaxX()) + "," + Math.round(b.getMaxY()));
            }
        });
        return out;
    }

    /** Labelled controls under {@code root} that show their text shortened ("Roll back, learning …"). */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, n -> {
            if (n instanceof Labeled l && visible(n) && !Dialogs.showsWholeText(l)) out.add(describe(n));
        });
        return out;
    }

    private static boolean visible(Node n) {
        for (Node k = n; k != null; k = k.getParent()) if (!k.isVisible()) return false;
        return true;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> f) {
        f.accept(n);
        // scrolled content and a table's columns (the user widens them; the table scrolls) are their pane's business
        if (n instanceof ScrollPane || n instanceof javafx.scene.control.TableView<?>) return;
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c, f);
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + text;
    }
}
