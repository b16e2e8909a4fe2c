package org.activationworkbench.ui.dialogs;

import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Screen;

/**
 * What every dialog does to fit a small screen (a 1024×768 projector): a scene no larger than the screen's free
 * room, and a button bar whose buttons always show their whole label, wrapping to a second row before any is cut.
 */
public final class Dialogs {

    /** Room left around a dialog for the desktop's bars and the window frame. */
    private static final double SCREEN_MARGIN = 40;

    private Dialogs() {
    }

    /** A scene of the preferred size, or of the screen's free room when that is smaller. */
    public static Scene scene(Parent root, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(root, Math.min(width, screen.getWidth() - SCREEN_MARGIN),
                Math.min(height, screen.getHeight() - SCREEN_MARGIN));
    }

    /** Controls that keep their whole text: never narrower than it. */
    public static void keepWhole(Region... controls) {
        for (Region c : controls) c.setMinWidth(Region.USE_PREF_SIZE);
    }

    /**
     * A bar with {@code lead} (status, progress) at the left and the {@code buttons} at the right; the buttons move
     * to a row of their own, and wrap, when the dialog is narrow.
     */
    public static WrappingBar buttonBar(Node lead, Region... buttons) {
        keepWhole(buttons);
        FlowPane right = new FlowPane(8, 6, buttons);
        right.setAlignment(Pos.CENTER_RIGHT);
        HBox left = lead instanceof HBox h ? h : new HBox(8, lead);
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMinWidth(0);
        WrappingBar bar = new WrappingBar(left, right);
        bar.getStyleClass().add("dialog-bar");
        return bar;
    }

    /** True when a labelled control shows its whole text (its skin did not shorten it with "…"). */
    public static boolean showsWholeText(Labeled l) {
        for (Node n : l.lookupAll(".text")) {
            if (n instanceof javafx.scene.text.Text t && t.getParent() == l && l.getText() != null
                    && !l.getText().isEmpty() && !l.getText().equals(t.getText()) && !l.isWrapText()) {
                return false;
            }
        }
        return true;
    }
}
