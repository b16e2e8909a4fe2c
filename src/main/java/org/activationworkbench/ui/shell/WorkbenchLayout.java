package org.activationworkbench.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.activationworkbench.ui.model.Appearance;

/**
 * Where the window's parts go in each mode. Normal: the form at the left, the activations above the curves and the
 * data view. Projector: the activations large at the left, the curves and the data view stacked beside them, the
 * form in a drawer that opens over the plots. Focus: only the plots (no form, transport, hint or timeline), as
 * TensorFlow Playground's hide flags leave a lesson's essentials.
 */
final class WorkbenchLayout {

    /** The drawer's width: the form's own width. */
    static final double DRAWER_WIDTH = 340;

    private final BorderPane root;
    private final Node form;
    private final StackPane plotsArea;
    private final SplitPane mainSplit;
    private final SplitPane lowerSplit;
    private final Node[] chrome;
    private final Node timeline;
    private final StackPane drawer = new StackPane();
    private final Appearance appearance;

    /**
     * @param chrome the parts focus mode hides besides the form and the timeline (the transport)
     */
    WorkbenchLayout(BorderPane root, Node form, StackPane plotsArea, SplitPane mainSplit, SplitPane lowerSplit,
                    Node timeline, Appearance appearance, Node... chrome) {
        this.root = root;
        this.form = form;
        this.plotsArea = plotsArea;
        this.mainSplit = mainSplit;
        this.lowerSplit = lowerSplit;
        this.timeline = timeline;
        this.chrome = chrome;
        this.appearance = appearance;
        drawer.getStyleClass().add("drawer");
        drawer.setMaxWidth(DRAWER_WIDTH);
        drawer.setMinWidth(Region.USE_PREF_SIZE);
        drawer.setPrefWidth(DRAWER_WIDTH);
        StackPane.setAlignment(drawer, Pos.TOP_LEFT);
        StackPane.setMargin(drawer, new Insets(0));
        appearance.presentation.addListener((o, a, b) -> arrange());
        appearance.focus.addListener((o, a, b) -> arrange());
        appearance.drawerOpen.addListener((o, a, b) -> arrange());
        arrange();
    }

    /** True while the form is in the drawer (projector mode), open or not. */
    boolean drawerMode() {
        return appearance.presentation.get();
    }

    boolean drawerShowing() {
        return plotsArea.getChildren().contains(drawer);
    }

    private void arrange() {
        boolean projector = appearance.presentation.get();
        boolean focus = appearance.focus.get();
        for (Node n : chrome) show(n, !focus);
        root.setBottom(focus ? null : timeline);
        // the form: at the left normally, in the drawer in projector mode, nowhere in focus mode
        root.setLeft(null);
        drawer.getChildren().clear();
        plotsArea.getChildren().remove(drawer);
        if (!focus && !projector) {
            root.setLeft(form);
        } else if (!focus && appearance.drawerOpen.get()) {
            drawer.getChildren().add(form);
            plotsArea.getChildren().add(drawer);
        }
        double[] lower = lowerSplit.getDividerPositions();
        if (projector) {
            mainSplit.setOrientation(Orientation.HORIZONTAL);
            lowerSplit.setOrientation(Orientation.VERTICAL);
            mainSplit.setDividerPositions(0.6);
        } else {
            mainSplit.setOrientation(Orientation.VERTICAL);
            lowerSplit.setOrientation(Orientation.HORIZONTAL);
            mainSplit.setDividerPositions(0.56);
        }
        if (lower.length > 0) lowerSplit.setDividerPositions(projector ? 0.5 : 0.58);
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** A short note for a screen reader and the tests: which mode is in force. */
    String mode() {
        return appearance.focus.get() ? "focus" : appearance.presentation.get() ? "projector" : "normal";
    }
}
