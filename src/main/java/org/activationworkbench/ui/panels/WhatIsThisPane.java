package org.activationworkbench.ui.panels;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.activationworkbench.experiment.LayerSnapshot;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.plot.FormulaOverlay;
import org.activationworkbench.symbolic.Candidate;
import org.activationworkbench.symbolic.Primitive;
import org.activationworkbench.symbolic.Reading;
import org.activationworkbench.symbolic.RunReader;
import org.activationworkbench.ui.concurrent.LatestOnlyWorker;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * "What is this?" under the enlarged activation: when on, the activation of the shown snapshot is read as closed
 * forms on a worker (from the layer's recorded inputs; the snapshot is immutable, the live network is never
 * touched), the best three are drawn over the curve with their R², and each can be copied as text or LaTeX.
 * Also hosts activation surgery for the shown activation ({@link SurgeryControls}).
 */
public final class WhatIsThisPane extends VBox {

    static final int SHOWN = 3;
    /** Readings of a playing run follow it at most this often. */
    private static final long REFIT_NANOS = 400_000_000L;

    public final ToggleButton toggle = new ToggleButton("What is this?");
    private final VBox rows = new VBox(2);
    final Label status = new Label();
    private final LatestOnlyWorker<Reading> worker = new LatestOnlyWorker<>("what-is-this", Duration.millis(60));
    private final WorkbenchViewModel vm;
    private final Runnable redraw;
    final SurgeryControls surgery;
    private int layer = -1;
    private int unit = -1;
    private Reading reading;
    private long readStep = Long.MIN_VALUE;
    private long lastRequest;

    /** @param redraw redraws the enlarged view (the overlay changed) */
    public WhatIsThisPane(WorkbenchViewModel vm, Runnable redraw) {
        super(4);
        this.vm = vm;
        this.redraw = redraw;
        getStyleClass().add("what-is-this");
        setPadding(new Insets(4, 10, 8, 10));
        toggle.setId("what-is-this");
        toggle.setTooltip(new Tooltip("Read this activation as closed forms a·g(b·x + c) + d (and sums of two), fitted "
                + "over the inputs it saw; the best three are drawn over the curve"));
        rows.setId("formula-rows");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        surgery = new SurgeryControls(vm, this);
        HBox top = new HBox(8, toggle, surgery.replace, surgery.undo);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, rows, status, surgery.result);
        toggle.selectedProperty().addListener((o, a, on) -> {
            readStep = Long.MIN_VALUE;
            if (!on) {
                reading = null;
                rows.getChildren().clear();
                status.setText("");
                redraw.run();
            }
            refresh();
        });
    }

    /** Follows another activation: layer from 0, unit from 0 (−1 for a layer-shared one). */
    public void follow(int layer, int unit) {
        if (layer == this.layer && unit == this.unit) return;
        this.layer = layer;
        this.unit = unit;
        reading = null;
        readStep = Long.MIN_VALUE;
        rows.getChildren().clear();
        surgery.update();
        refresh();
    }

    int layer() {
        return layer;
    }

    int unit() {
        return unit;
    }

    /** The reading shown, or null. */
    public Reading reading() {
        return reading;
    }

    /** The readings to draw over the curve, or null when off or not read yet. */
    public FormulaOverlay overlay() {
        if (!toggle.isSelected() || reading == null) return null;
        return new FormulaOverlay(reading.candidates().subList(0, Math.min(SHOWN, reading.candidates().size())));
    }

    /** Asks for a new reading when on and the shown snapshot moved on (at most a few times a second). */
    public void refresh() {
        if (!toggle.isSelected() || layer < 0) return;
        Snapshot snap = vm.shownSnapshot();
        if (snap == null || layer >= snap.layers().size() || snap.step() == readStep) return;
        long now = System.nanoTime();
        if (readStep != Long.MIN_VALUE && now - lastRequest < REFIT_NANOS) return;
        lastRequest = now;
        readStep = snap.step();
        LayerSnapshot s = snap.layers().get(layer);
        var fallback = vm.run().activation();
        int u = unit;
        if (reading == null) status.setText("Reading…");
        worker.request(() -> RunReader.readState(s, u, fallback, List.of(Primitive.values()), true), (r, err) -> {
            if (err != null) {
                reading = null;
                rows.getChildren().clear();
                status.setText(WorkbenchViewModel.userMessage(err));
            } else {
                reading = r;
                showRows(r);
            }
            surgery.update();
            redraw.run();
        });
    }

    private void showRows(Reading r) {
        List<javafx.scene.Node> out = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, r.candidates().size()); i++) out.add(row(i, r.candidates().get(i)));
        rows.getChildren().setAll(out);
        status.setText(String.format(java.util.Locale.ROOT, "fitted over x in [%.3g, %.3g] (%s)", r.inputs().lo(),
                r.inputs().hi(), r.inputs().source()));
    }

    private HBox row(int i, Candidate c) {
        Label text = new Label(FormulaOverlay.label(i, c));
        text.getStyleClass().add("formula");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button asText = new Button("Copy text");
        asText.setId("copy-text-" + (i + 1));
        asText.setOnAction(e -> copy(c.formula().text()));
        Button asLatex = new Button("Copy LaTeX");
        asLatex.setId("copy-latex-" + (i + 1));
        asLatex.setOnAction(e -> copy(c.formula().latex()));
        HBox box = new HBox(6, text, asText, asLatex);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static void copy(String s) {
        ClipboardContent c = new ClipboardContent();
        c.putString(s);
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Stops the worker (the window is closed for good). */
    public void close() {
        worker.close();
        surgery.close();
    }
}
