package org.activationworkbench.ui.panels;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.Setting;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.ui.model.ExperimentForm;

/**
 * The training-procedure picker: the procedures of {@link Procedures#all()} with their one-line descriptions, and
 * the rows of only the settings the chosen one reads (made from their declarations). Procedures the family cannot
 * use (the knot procedures, for anything but bspline) are greyed out and cannot be picked.
 */
public final class ProcedurePicker extends VBox {

    public final ComboBox<String> name = new ComboBox<>();
    private final Label description = new Label();
    private final GridPane options = new GridPane();
    private ExperimentForm form;
    private boolean syncing;

    public ProcedurePicker() {
        setSpacing(6);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setTooltip(new Tooltip("How weights and activation parameters share the training; applies with the button below"));
        name.setAccessibleText("Training procedure");
        name.getItems().setAll(Procedures.names());
        description.getStyleClass().add("muted");
        description.setWrapText(true);
        options.setHgap(8);
        options.setVgap(6);
        options.getColumnConstraints().addAll(new ColumnConstraints(92), new ColumnConstraints());
        options.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        getChildren().addAll(name, description, options);
        name.setCellFactory(list -> new ProcedureCell());
    }

    /** A procedure in the drop-down: greyed out and not pickable when the chosen family cannot use it. */
    private final class ProcedureCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean usable = empty || item == null || form == null || Procedures.info(item).supports(form.family());
            setText(empty || item == null ? null : usable ? item : item + "  (bspline only)");
            setDisable(!usable);
            setOpacity(usable ? 1 : 0.45);
            setTooltip(usable ? null : new Tooltip("Needs the bspline family: its knots are what this procedure changes"));
        }
    }

    void bind(ExperimentForm form, Consumer<String> refused) {
        this.form = form;
        Setting procedure = ExperimentSchema.get("procedure");
        new FormRows(options, form, ExperimentSchema.group(Setting.Group.PROCEDURE).stream()
                .filter(s -> s != procedure).toList(), s -> true, refused, () -> { });
        name.valueProperty().addListener((o, a, n) -> {
            if (syncing || n == null || n.equals(form.config().procedure().name())) return;
            form.set(procedure, n).ifPresent(why -> {
                refused.accept(why);
                sync();
            });
        });
        form.draft.addListener((o, a, c) -> sync());
        sync();
    }

    private void sync() {
        if (form.config() == null) return;
        syncing = true;
        try {
            String p = form.config().procedure().name();
            name.setValue(p);
            Procedures.Info i = Procedures.info(p);
            description.setText(i.description().replace("--", "") + (i.bsplineOnly() ? " (bspline family only)" : ""));
        } finally {
            syncing = false;
        }
    }
}
