package org.activationworkbench.ui.panels;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationworkbench.train.Procedures;
import org.activationworkbench.ui.model.ExperimentDraft;

/**
 * The training-procedure picker: the procedures of {@link Procedures#all()} with their one-line descriptions,
 * and only the option the chosen one uses (act-lr scale, phase epochs, alternate steps, TV2 λ, refine epochs).
 */
public final class ProcedurePicker extends VBox {

    public final ComboBox<String> name = new ComboBox<>();
    private final Label description = new Label();
    private final Spinner<Double> scale = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.1, 1000, 10, 1));
    private final Spinner<Integer> phaseEpochs = new Spinner<>(0, 1000, 1);
    private final Spinner<Integer> alternate = new Spinner<>(1, 100_000, 50, 10);
    private final Spinner<Double> tv2 = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 1e-3, 1e-4));
    private final TextField refine = new TextField();
    private final GridPane options = new GridPane();
    /** Which option row each procedure shows. */
    private final Map<String, Node[]> rows;
    // strong references: bidirectional bindings to asObject() views would otherwise be collected
    private ObjectProperty<Double> scaleObj;
    private ObjectProperty<Integer> phaseObj;
    private ObjectProperty<Integer> alternateObj;
    private ObjectProperty<Double> tv2Obj;
    /** The chosen activation family, which decides the procedures on offer. */
    private String family = "bspline";

    public ProcedurePicker() {
        setSpacing(6);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setTooltip(new Tooltip("How weights and activation parameters share the training; applies with the button below"));
        for (Procedures.Info i : Procedures.all()) name.getItems().add(i.name());
        description.getStyleClass().add("muted");
        description.setWrapText(true);
        for (Spinner<?> s : List.of(scale, phaseEpochs, alternate, tv2)) {
            s.setEditable(true);
            s.setMaxWidth(Double.MAX_VALUE);
        }
        refine.setPromptText("a third and two thirds in");
        options.setHgap(8);
        options.setVgap(6);
        options.getColumnConstraints().addAll(new ColumnConstraints(92), new ColumnConstraints());
        options.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        Node[] scaleRow = row(0, "Act-LR scale", scale, "joint-scaled: the activations learn this many times faster");
        Node[] phaseRow = row(1, "Phase epochs", phaseEpochs, "Epochs of the special phase (frozen start, shapes first, frozen end)");
        Node[] altRow = row(2, "Turn steps", alternate, "alternating: steps per turn of weights, then activations");
        Node[] tv2Row = row(3, "TV2 λ", tv2, "Weight of the TV2 penalty on the knots (smoother splines, fewer knots after pruning)");
        Node[] refineRow = row(4, "Refine at", refine, "Epochs after which the knots double, e.g. 3,6");
        rows = Map.of("joint-scaled", scaleRow, "warmup-frozen", phaseRow, "activations-first", phaseRow,
                "freeze-late", phaseRow, "alternating", altRow, "tv2", tv2Row, "grid-refine", refineRow);
        getChildren().addAll(name, description, options);
        name.valueProperty().addListener((o, a, n) -> showOptionsOf(n));
        name.setCellFactory(list -> new ProcedureCell());
    }

    /** A procedure in the drop-down: greyed out and not pickable when the chosen family cannot use it. */
    private final class ProcedureCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean usable = empty || item == null || Procedures.info(item).supports(family);
            setText(empty || item == null ? null : usable ? item : item + "  (bspline only)");
            setDisable(!usable);
            setOpacity(usable ? 1 : 0.45);
            setTooltip(usable ? null : new Tooltip("Needs the bspline family: its knots are what this procedure changes"));
        }
    }

    private Node[] row(int r, String label, javafx.scene.control.Control field, String tip) {
        Label l = new Label(label);
        field.setTooltip(new Tooltip(tip));
        options.addRow(r, l, field);
        return new Node[] {l, field};
    }

    void bind(ExperimentDraft draft) {
        name.valueProperty().bindBidirectional(draft.procedure);
        scaleObj = draft.actLrScale.asObject();
        phaseObj = draft.phaseEpochs.asObject();
        alternateObj = draft.alternateSteps.asObject();
        tv2Obj = draft.tv2.asObject();
        scale.getValueFactory().valueProperty().bindBidirectional(scaleObj);
        phaseEpochs.getValueFactory().valueProperty().bindBidirectional(phaseObj);
        alternate.getValueFactory().valueProperty().bindBidirectional(alternateObj);
        tv2.getValueFactory().valueProperty().bindBidirectional(tv2Obj);
        refine.textProperty().bindBidirectional(draft.refineEpochs);
        family = draft.family.get();
        draft.family.addListener((o, a, f) -> family = f);
        showOptionsOf(name.getValue());
    }

    private void showOptionsOf(String procedure) {
        Node[] shown = procedure == null ? null : rows.get(procedure);
        for (Node n : options.getChildren()) {
            boolean on = shown != null && (n == shown[0] || n == shown[1]);
            n.setVisible(on);
            n.setManaged(on);
        }
        if (procedure == null) return;
        Procedures.Info i = Procedures.info(procedure);
        description.setText(i.description().replace("--", "") + (i.bsplineOnly() ? " (bspline family only)" : ""));
    }
}
