package org.activationworkbench.ui.panels;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.ui.model.ExperimentForm;

/** The hidden layers as rows of width spinners with a remove button each, and the add button below them. */
final class HiddenLayersEditor {

    private final VBox box;
    private final Button add;
    private final ExperimentForm form;
    private final Consumer<String> refused;
    private List<Integer> shown = List.of();

    HiddenLayersEditor(VBox box, Button add, ExperimentForm form, Consumer<String> refused) {
        this.box = box;
        this.add = add;
        this.form = form;
        this.refused = refused;
        add.setOnAction(e -> {
            List<Integer> h = form.config().hidden();
            edit(h.size(), h.isEmpty() ? 16 : h.get(h.size() - 1));
        });
        form.draft.addListener((o, a, c) -> rebuildIfChanged());
        rebuildIfChanged();
    }

    private void rebuildIfChanged() {
        if (form.config() == null || form.config().hidden().equals(shown)) return;
        shown = form.config().hidden();
        box.getChildren().clear();
        int max = (int) ExperimentConfig.HIDDEN.max();
        for (int i = 0; i < shown.size(); i++) {
            final int layer = i;
            Label name = new Label("Layer " + (i + 1));
            name.setMinWidth(92);
            Spinner<Integer> width = new Spinner<>(1, max, shown.get(i), 4);
            width.setEditable(true);
            width.setPrefWidth(110);
            width.setTooltip(new Tooltip("Neurons in hidden layer " + (i + 1)));
            width.setAccessibleText("Neurons in hidden layer " + (i + 1));
            width.valueProperty().addListener((o, a, v) -> {
                if (v != null && !v.equals(form.config().hidden().get(layer))) edit(layer, v);
            });
            Button remove = new Button("−");
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip("Remove hidden layer " + (i + 1)));
            remove.setAccessibleText("Remove hidden layer " + (i + 1));
            remove.setDisable(shown.size() <= 1);
            remove.setOnAction(e -> edit(layer, null));
            HBox row = new HBox(6, name, width, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        add.setDisable(shown.size() >= ExperimentForm.MAX_LAYERS);
    }

    private void edit(int layer, Integer width) {
        form.setHiddenLayer(layer, width).ifPresent(refused);
        rebuildIfChanged();
    }
}
