package org.activationworkbench.ui.panels;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/** The in-window message strip: what happened, and for a divergence the offer to roll back. */
public final class BannerView extends HBox {

    public final Label text = new Label();
    public final Button rollBack = new Button("Roll back, learning rates ÷ 10");
    public final Button dismiss = new Button("Dismiss");

    public BannerView() {
        getStyleClass().add("banner");
        setAlignment(Pos.CENTER_LEFT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(120);
        rollBack.setTooltip(new Tooltip("Restore the last snapshot where every value was finite and continue "
                + "from there with both learning rates divided by ten"));
        dismiss.setTooltip(new Tooltip("Hide this message; the run stays paused where it stopped"));
        // the buttons keep their whole label; the message wraps instead
        rollBack.setMinWidth(USE_PREF_SIZE);
        dismiss.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(text, rollBack, dismiss);
        setVisible(false);
        setManaged(false);
    }

    public void bind(WorkbenchViewModel vm) {
        dismiss.setOnAction(e -> vm.dismissBanner());
        rollBack.setOnAction(e -> vm.rollBack());
        vm.banner.addListener((o, a, b) -> show(b));
    }

    private void show(Banner b) {
        boolean on = b != null;
        setVisible(on);
        setManaged(on);
        getStyleClass().removeAll("info", "warning", "error");
        if (!on) return;
        getStyleClass().add(b.kind().name().toLowerCase(java.util.Locale.ROOT));
        text.setText(b.text());
        rollBack.setVisible(b.offerRollback());
        rollBack.setManaged(b.offerRollback());
    }
}
