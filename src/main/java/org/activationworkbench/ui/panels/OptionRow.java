package org.activationworkbench.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.activationworkbench.core.NumberText;
import org.activationworkbench.core.Option;

/**
 * One row of the experiment form made from an option's declaration: a label and the control its kind calls for,
 * bounded by its declared range. Whole numbers get a spinner, numbers chosen by order of magnitude an editable list
 * of 1–3–10 values, choices a drop-down, flags a check box, ranges two spinners, lists a text field. What the user
 * enters goes to {@code write}; a refusal comes back as a message and the control shows the model's value again.
 */
public final class OptionRow {

    private final Option option;
    private final Label label;
    private final Control control;
    private final Node node;
    private final Supplier<Object> read;
    private final Function<Object, Optional<String>> write;
    private final Consumer<String> refused;
    private Runnable show = () -> { };
    private boolean syncing;

    private OptionRow(Option option, Supplier<Object> read, Function<Object, Optional<String>> write,
                      Consumer<String> refused) {
        this.option = option;
        this.read = read;
        this.write = write;
        this.refused = refused;
        this.label = new Label(option.label());
        this.label.setMinWidth(Label.USE_PREF_SIZE);
        Node[] made = make();
        this.control = (Control) made[0];
        this.node = made[1];
        control.setTooltip(new Tooltip(option.helpLine()));
        control.setAccessibleText(option.label());
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(node, Priority.ALWAYS);
    }

    /** A row for {@code option}: shows {@code read}'s value, sends edits to {@code write}, refusals to {@code refused}. */
    public static OptionRow of(Option option, Supplier<Object> read, Function<Object, Optional<String>> write,
                               Consumer<String> refused) {
        OptionRow r = new OptionRow(option, read, write, refused);
        r.refresh();
        return r;
    }

    public Option option() {
        return option;
    }

    public Control control() {
        return control;
    }

    /** Appends the row to a two-column grid. */
    public OptionRow addTo(GridPane grid) {
        grid.addRow(grid.getRowCount(), label, node);
        return this;
    }

    /** Shows or hides the row (hidden rows take no space). */
    public void setShown(boolean on) {
        for (Node n : List.of(label, node)) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    /** Shows the model's current value. */
    public void refresh() {
        syncing = true;
        try {
            show.run();
        } finally {
            syncing = false;
        }
    }

    private void commit(Object value) {
        if (syncing) return;
        if (Objects.equals(value, read.get())) return;
        Optional<String> why = write.apply(value);
        why.ifPresent(refused);
        refresh();
    }

    /** A text the user typed: parsed by the declaration, so the message names what it accepts. */
    private void commitText(String text) {
        if (syncing) return;
        Object value;
        try {
            value = text == null || text.isBlank() ? emptyValue() : option.read(text, option.flag());
        } catch (IllegalArgumentException e) {
            refused.accept(org.activationworkbench.ui.model.WindowAdvice.option(e.getMessage()));
            refresh();
            return;
        }
        commit(value);
    }

    private Object emptyValue() {
        return switch (option.kind()) {
            case INTEGERS, TEXTS -> List.of();
            case TEXT -> null;
            default -> read.get();
        };
    }

    // ---- controls by kind -----------------------------------------------------------------------------------------

    private Node[] make() {
        return switch (option.kind()) {
            case INTEGER, LONG -> wholeNumber();
            case REAL -> option.decades() ? decades() : realSpinner();
            case CHOICE -> choice();
            case FLAG -> flag();
            case RANGE -> range();
            case INTEGERS, TEXT, TEXTS -> text();
        };
    }

    private Node[] wholeNumber() {
        int min = (int) Math.max(Integer.MIN_VALUE, option.min());
        int max = (int) Math.min(Integer.MAX_VALUE, option.max());
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                min, Math.max(1, (max - min) >= 1000 ? 10 : 1));
        f.setConverter(wholeConverter(f));
        Spinner<Integer> s = new Spinner<>(f);
        s.setEditable(true);
        s.valueProperty().addListener((o, a, v) -> {
            if (v != null) commit(option.kind() == Option.Kind.LONG ? (Object) v.longValue() : v);
        });
        unsetPrompt(s);
        show = () -> {
            Object v = read.get();
            // unset: empty, with the default named in the prompt ("the generator's"), not the lowest value
            s.getValueFactory().setValue(v == null ? null : (int) Math.min(max, ((Number) v).longValue()));
            if (v == null) s.getEditor().setText("");
        };
        return new Node[] {s, s};
    }

    private Node[] realSpinner() {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                option.min(), option.max(), option.min(), niceStep((option.max() - option.min()) / 100));
        f.setConverter(converter());
        Spinner<Double> s = new Spinner<>(f);
        s.setEditable(true);
        s.valueProperty().addListener((o, a, v) -> {
            if (v != null) commit(v);
        });
        unsetPrompt(s);
        show = () -> {
            Object v = read.get();
            f.setValue(v == null ? null : ((Number) v).doubleValue());
            if (v == null) s.getEditor().setText("");
        };
        return new Node[] {s, s};
    }

    /** An option without a default value shows, when unset, what decides it instead. */
    private void unsetPrompt(Spinner<?> s) {
        if (option.defaultValue() == null && option.defaultText() != null) {
            s.getEditor().setPromptText("default: " + option.defaultText());
        }
    }

    private Node[] decades() {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().setAll(decadeValues());
        box.setOnAction(e -> commitText(box.getEditor().getText()));
        box.getEditor().focusedProperty().addListener((o, a, focused) -> {
            if (!focused) commitText(box.getEditor().getText());
        });
        show = () -> {
            Object v = read.get();
            String text = v == null ? "" : NumberText.setting(((Number) v).doubleValue());
            box.setValue(text);
            box.getEditor().setText(text);
        };
        return new Node[] {box, box};
    }

    /** 0 (when allowed), then 1, 3, 10, 30 … within the declared bounds, at most a dozen. */
    private List<String> decadeValues() {
        List<String> out = new ArrayList<>();
        if (option.min() <= 0) out.add("0");
        double top = Math.min(option.max(), 1000);
        for (double d = 1e-4; d <= top * 1.0001 && out.size() < 14; d *= 10) {
            for (double m : new double[] {1, 3}) {
                double v = d * m;
                if (v >= option.min() && v <= option.max()) out.add(NumberText.setting(v));
            }
        }
        return out;
    }

    private Node[] choice() {
        ComboBox<String> box = new ComboBox<>();
        String unset = option.defaultValue() == null ? "default (" + option.defaultText() + ")" : null;
        if (unset != null) box.getItems().add(unset);
        box.getItems().addAll(option.choices());
        box.setOnAction(e -> {
            String v = box.getValue();
            if (v != null) commit(v.equals(unset) ? null : v);
        });
        show = () -> {
            Object v = read.get();
            box.setValue(v == null ? unset : option.format(v));
        };
        return new Node[] {box, box};
    }

    private Node[] flag() {
        CheckBox box = new CheckBox();
        box.selectedProperty().addListener((o, a, on) -> commit(on));
        show = () -> box.setSelected(Boolean.TRUE.equals(read.get()));
        return new Node[] {box, box};
    }

    private Node[] range() {
        double step = niceStep((Math.min(option.max(), 100) - Math.max(option.min(), -100)) / 200);
        Spinner<Double> lo = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(option.min(), option.max(), 0, step));
        Spinner<Double> hi = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(option.min(), option.max(), 1, step));
        for (Spinner<Double> s : List.of(lo, hi)) {
            s.setEditable(true);
            s.setPrefWidth(80);
            ((SpinnerValueFactory.DoubleSpinnerValueFactory) s.getValueFactory()).setConverter(converter());
            s.valueProperty().addListener((o, a, v) -> {
                if (lo.getValue() != null && hi.getValue() != null) commit(List.of(lo.getValue(), hi.getValue()));
            });
        }
        lo.setAccessibleText(option.label() + " from");
        hi.setAccessibleText(option.label() + " to");
        hi.setTooltip(new Tooltip(option.helpLine()));
        show = () -> {
            List<?> v = (List<?>) read.get();
            if (v == null) return;
            lo.getValueFactory().setValue(((Number) v.get(0)).doubleValue());
            hi.getValueFactory().setValue(((Number) v.get(1)).doubleValue());
        };
        HBox both = new HBox(6, lo, hi);
        return new Node[] {lo, both};
    }

    private Node[] text() {
        TextField field = new TextField();
        if (option.defaultText() != null) field.setPromptText(option.defaultText());
        else if (option.kind() == Option.Kind.INTEGERS) field.setPromptText("none (e.g. 16,32)");
        field.setOnAction(e -> commitText(field.getText()));
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) commitText(field.getText());
        });
        show = () -> field.setText(option.format(read.get()));
        return new Node[] {field, field};
    }

    /**
     * Whole numbers as typed; anything else ("s0") is refused in words and the field shows the value it had (the
     * spinner's own converter would throw on the FX thread).
     */
    private StringConverter<Integer> wholeConverter(SpinnerValueFactory<Integer> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            @Override
            public Integer fromString(String s) {
                if (s == null || s.isBlank()) return f.getValue();
                try {
                    return Integer.valueOf(s.trim());
                } catch (NumberFormatException e) {
                    refused.accept(option.label() + " takes a whole number, not \"" + s.trim() + "\".");
                    return f.getValue();
                }
            }
        };
    }

    private static StringConverter<Double> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : NumberText.setting(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Double.parseDouble(s.trim());
                } catch (NumberFormatException | NullPointerException e) {
                    return null;
                }
            }
        };
    }

    /** 1, 2 or 5 times a power of ten, near x. */
    static double niceStep(double x) {
        if (!(x > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : 5) * p;
    }
}
