package org.activationworkbench.ui.dialogs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.export.RunExporter;
import org.activationworkbench.export.RunExporter.EvolutionView;
import org.activationworkbench.export.RunExporter.Format;
import org.activationworkbench.export.RunExporter.NumbersTable;
import org.activationworkbench.export.RunExporter.Request;
import org.activationworkbench.export.RunExporter.What;
import org.activationworkbench.plot.RunPlots;
import org.activationworkbench.export.SavedRun;
import org.activationworkbench.plot.Theme;
import org.activationworkbench.ui.concurrent.BackgroundFileJob;
import org.activationworkbench.ui.model.Counts;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;
import org.activationworkbench.ui.model.Stylesheets;

/**
 * File ▸ Export: what to export (activations, evolution, curves, numbers, PyTorch), its format, layer, scale and
 * theme, with a live preview drawn by the very {@link Figure} the file gets (or the head of a text export). The
 * export runs on a worker and replaces the target file in one step; its progress bar counts GIF frames or table
 * snapshots as they are written, and Cancel stops the export at the next one.
 */
public final class ExportDialog {

    private static final int PREVIEW_LINES = 40;

    final ChoiceBox<What> what = new ChoiceBox<>(FXCollections.observableArrayList(What.values()));
    public final ChoiceBox<Format> format = new ChoiceBox<>();
    final ChoiceBox<Integer> layer = new ChoiceBox<>();
    final ChoiceBox<EvolutionView> view = new ChoiceBox<>(FXCollections.observableArrayList(EvolutionView.values()));
    final ChoiceBox<NumbersTable> table = new ChoiceBox<>(FXCollections.observableArrayList(NumbersTable.values()));
    private static final int MAX_FRAMES = 120;
    public final Spinner<Integer> frames = new Spinner<>(2, MAX_FRAMES, 40, 2);
    public final Spinner<Integer> scale = new Spinner<>(1, 4, 2);
    public final ChoiceBox<String> theme = new ChoiceBox<>(FXCollections.observableArrayList("light", "dark"));
    final Label status = new Label(" ");
    /** The file's size in pixels (PNG, GIF) or figure units (SVG), beside the preview's title. */
    final Label previewSize = new Label();
    /** Indeterminate until the export's first step, then the fraction done. */
    final ProgressBar progressBar = new ProgressBar();
    private final Button exportButton = new Button("Export…");
    final Button cancelButton = new Button("Cancel");
    private final Button closeButton = new Button("Close");
    private final PlotCanvas canvas;
    private final TextArea text = new TextArea();
    private final SavedRun run;
    private final Stage stage = new Stage();
    private BackgroundFileJob job;
    private long previewGeneration;

    public ExportDialog(Window owner, SavedRun run, What initial, boolean dark) {
        this.run = run;
        this.canvas = new PlotCanvas(this::theme);
        what.setConverter(names(ExportDialog::label));
        view.setConverter(names(v -> v == EvolutionView.FILMSTRIP ? "filmstrip" : "heat map of f(x) over epochs"));
        table.setConverter(names(t -> switch (t) {
            case ACTIVATIONS -> "activation curves (x, f(x) per epoch)";
            case PARAMETERS -> "activation parameters per epoch";
            case METRICS -> "metrics (losses, accuracy per step)";
        }));
        format.setConverter(names(f -> f.name().toLowerCase(Locale.ROOT)));
        layer.getItems().add(RunPlots.ALL_LAYERS);
        for (int i = 0; i < run.last().layers().size(); i++) layer.getItems().add(i);
        layer.setConverter(names(i -> i == RunPlots.ALL_LAYERS ? "all hidden layers" : "hidden layer " + (i + 1)));
        layer.setValue(RunPlots.ALL_LAYERS);
        limitFramesToSnapshots(run.snapshots().size());
        view.setValue(EvolutionView.FILMSTRIP);
        table.setValue(NumbersTable.ACTIVATIONS);
        theme.setValue(dark ? "dark" : "light");
        what.valueProperty().addListener((o, a, w) -> formatsFor(w));
        what.setValue(initial);
        formatsFor(initial);
        for (var p : java.util.List.of(format.valueProperty(), layer.valueProperty(), view.valueProperty(),
                table.valueProperty(), frames.valueProperty(), theme.valueProperty(), scale.valueProperty())) {
            p.addListener((o, a, b) -> refresh());
        }
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Export");
        Scene scene = Dialogs.scene(layout(), 1040, 640);
        Stylesheets.follow(scene, owner);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> cancel());
        refresh();
    }

    /** More frames than the run keeps snapshots would only repeat pictures: offer at most one per snapshot. */
    private void limitFramesToSnapshots(int kept) {
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) frames.getValueFactory();
        factory.setMax(Math.max(factory.getMin(), Math.min(MAX_FRAMES, kept)));
        frames.setTooltip(new Tooltip("Frames of the evolution, evenly spaced over the "
                + Counts.of(kept, "snapshot") + " this run keeps"));
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static String label(What w) {
        return switch (w) {
            case ACTIVATIONS -> "Activations";
            case EVOLUTION -> "Evolution";
            case LOSS -> "Curves";
            case NUMBERS -> "Numbers (CSV, JSON)";
            case PYTORCH -> "PyTorch module";
        };
    }

    private BorderPane layout() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int r = 0;
        form.addRow(r++, new Label("Export"), what);
        form.addRow(r++, new Label("Format"), format);
        form.addRow(r++, new Label("Layer"), layer);
        form.addRow(r++, new Label("Picture"), view);
        form.addRow(r++, new Label("Frames"), frames);
        form.addRow(r++, new Label("Table"), table);
        form.addRow(r++, new Label("Scale (PNG, GIF)"), scale);
        form.addRow(r, new Label("Theme"), theme);
        for (var c : java.util.List.of(what, format, layer, view, table, theme)) c.setMaxWidth(Double.MAX_VALUE);
        frames.setEditable(true);
        scale.setEditable(true);
        frames.setMaxWidth(Double.MAX_VALUE);
        scale.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints(120, 220, 260);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        Label hint = new Label("The file is written in one step: an interrupted export never leaves half a file.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMaxWidth(340);
        VBox left = new VBox(14, form, hint);
        left.setPadding(new Insets(16));
        javafx.scene.control.ScrollPane leftScroll = new javafx.scene.control.ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setMinWidth(300);
        leftScroll.setPrefWidth(380);
        leftScroll.getStyleClass().add("experiment-panel");

        text.setEditable(false);
        text.getStyleClass().add("export-text-preview");
        text.setStyle("-fx-font-family: monospace;");
        StackPane preview = new StackPane(canvas, text);
        preview.getStyleClass().add("preview");
        preview.setPadding(new Insets(6));
        Label previewTitle = new Label("Preview");
        previewTitle.getStyleClass().add("card-title");
        previewSize.getStyleClass().add("muted");
        canvas.setAsFile(true);   // the file's own aspect and layout, scaled to fit
        HBox previewHead = new HBox(10, previewTitle, previewSize);
        previewHead.setAlignment(Pos.BASELINE_LEFT);
        VBox right = new VBox(6, previewHead, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        right.setPadding(new Insets(16, 16, 16, 0));

        progressBar.setVisible(false);
        progressBar.setPrefWidth(180);
        status.setWrapText(true);
        cancelButton.setDisable(true);
        exportButton.getStyleClass().add("accent");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> chooseAndExport());
        cancelButton.setOnAction(e -> cancel());
        closeButton.setOnAction(e -> {
            cancel();
            stage.close();
        });
        HBox progress = new HBox(10, progressBar, status);
        progress.setAlignment(Pos.CENTER_LEFT);
        WrappingBar bottom = Dialogs.buttonBar(progress, cancelButton, exportButton, closeButton);
        bottom.setPadding(new Insets(10, 16, 14, 16));
        BorderPane root = new BorderPane(right, null, null, bottom, leftScroll);
        root.getStyleClass().add("workbench");
        return root;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private Theme theme() {
        return "dark".equals(theme.getValue()) ? Theme.dark() : Theme.light();
    }

    private void formatsFor(What w) {
        format.getItems().setAll(RunExporter.formats(w));
        format.setValue(format.getItems().get(0));
        refresh();
    }

    /** Shows and hides the options that apply to the current choice. */
    private void updateControls() {
        What w = what.getValue();
        Format f = format.getValue();
        boolean figure = f == Format.PNG || f == Format.SVG || f == Format.GIF;
        boolean evolution = w == What.EVOLUTION;
        layer.setDisable(!(w == What.ACTIVATIONS || evolution));
        view.setDisable(!evolution || f == Format.GIF);
        frames.setDisable(!evolution || (f != Format.GIF && view.getValue() == EvolutionView.HEATMAP));
        table.setDisable(!(w == What.NUMBERS && f == Format.CSV));
        scale.setDisable(!(f == Format.PNG || f == Format.GIF));
        theme.setDisable(!figure);
    }

    /** The request for the current choices, writing to {@code out}. */
    Request request(Path out) {
        return new Request(what.getValue(), format.getValue(), layer.getValue() == null ? RunPlots.ALL_LAYERS
                : layer.getValue(), 0, scale.getValue(), frames.getValue(), view.getValue(), table.getValue(), out);
    }

    /** Redraws the preview: the export's own figure, or the first lines of a text export (made on a worker). */
    private void refresh() {
        if (format.getValue() == null) return;
        updateControls();
        Request r = request(Path.of("preview"));
        Figure f;
        try {
            f = RunExporter.figure(run, r);
        } catch (RuntimeException ex) {
            showText("This export cannot be drawn: " + WorkbenchViewModel.userMessage(ex));
            return;
        }
        if (f != null) {
            canvas.setVisible(true);
            text.setVisible(false);
            canvas.show(f);
            previewSize.setText(sizeText(f, r));
            return;
        }
        previewSize.setText("");
        showText("…");
        long gen = ++previewGeneration;
        Theme t = theme();
        CompletableFuture.supplyAsync(() -> textPreview(r, t)).whenComplete((s, err) -> Platform.runLater(() -> {
            if (gen == previewGeneration) showText(err != null ? WorkbenchViewModel.userMessage(err) : s);
        }));
    }

    /** "1336 × 2152 px" for a PNG or GIF at its scale, "668 × 1076" for an SVG. */
    static String sizeText(Figure f, Request r) {
        boolean pixels = r.format() == Format.PNG || r.format() == Format.GIF;
        double k = pixels ? r.scale() : 1;
        return String.format(Locale.ROOT, "%d × %d%s", (int) Math.ceil(f.preferredWidth() * k),
                (int) Math.ceil(f.preferredHeight() * k), pixels ? " px" : "");
    }

    private String textPreview(Request r, Theme t) {
        try {
            Path tmp = Files.createTempFile("workbench-preview", "." + r.format().name().toLowerCase(Locale.ROOT));
            try {
                RunExporter.export(run, withOut(r, tmp), t);
                var lines = Files.readAllLines(tmp, StandardCharsets.UTF_8);
                String head = String.join("\n", lines.subList(0, Math.min(PREVIEW_LINES, lines.size())));
                return lines.size() > PREVIEW_LINES ? head + "\n… (" + lines.size() + " lines in all)" : head;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Request withOut(Request r, Path out) {
        return new Request(r.what(), r.format(), r.layer(), r.unit(), r.scale(), r.frames(), r.view(), r.table(), out);
    }

    private void showText(String s) {
        canvas.setVisible(false);
        text.setVisible(true);
        text.setText(s);
    }

    private void chooseAndExport() {
        Format f = format.getValue();
        String ext = f.name().toLowerCase(Locale.ROOT);
        FileChooser c = new FileChooser();
        c.setTitle("Export " + label(what.getValue()).toLowerCase(Locale.ROOT));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT) + " files", "*." + ext));
        c.setInitialFileName(run.info().datasetName().replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + run.info().activation().family() + "-" + what.getValue().name().toLowerCase(Locale.ROOT) + "." + ext);
        var file = c.showSaveDialog(stage);
        if (file == null) return;
        Path out = file.toPath();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
            out = out.resolveSibling(out.getFileName() + "." + ext);
        }
        exportTo(out);
    }

    /** Exports the current choice to {@code out} on a worker; completes on the FX thread. The dialog's code path. */
    public CompletableFuture<Path> exportTo(Path out) {
        Request r = request(out);
        Theme t = theme();
        try {
            RunExporter.check(r);
        } catch (IllegalArgumentException ex) {
            status.setText(ex.getMessage());
            return CompletableFuture.failedFuture(ex);
        }
        busy(true, "Writing " + out.getFileName() + "…");
        BackgroundFileJob started = BackgroundFileJob.start(out,
                (tmp, progress) -> RunExporter.export(run, withOut(r, tmp), t, progress));
        job = started;
        // steps arrive throttled and may trail the end of the job or a Cancel: only the running job's count
        started.step().addListener((o, a, s) -> {
            if (job == started && !started.cancelled()) showStep(s);
        });
        CompletableFuture<Path> done = new CompletableFuture<>();
        started.result().whenComplete((p, err) -> Platform.runLater(() -> {
            job = null;
            if (err == null) {
                busy(false, "Saved " + p);
                done.complete(p);
            } else {
                boolean cancelled = err instanceof CancellationException || err.getCause() instanceof CancellationException;
                busy(false, cancelled ? "Cancelled; " + out.getFileName() + " was not changed."
                        : "Could not export: " + WorkbenchViewModel.userMessage(err));
                done.completeExceptionally(err);
            }
        }));
        return done;
    }

    /** The export stops at its next frame or snapshot; the result's handler reports it. */
    private void cancel() {
        if (job == null || job.cancelled()) return;
        job.cancel();
        cancelButton.setDisable(true);
        status.setText("Cancelling…");
    }

    /** Determinate from the first step on: "Writing frame 37 of 120…". */
    private void showStep(BackgroundFileJob.Step s) {
        progressBar.setProgress(s.fraction());
        status.setText("Writing " + s.unit() + " " + s.done() + " of " + s.total() + "…");
    }

    private void busy(boolean on, String message) {
        progressBar.setVisible(on);
        progressBar.setProgress(on ? ProgressBar.INDETERMINATE_PROGRESS : 0);
        cancelButton.setDisable(!on);
        exportButton.setDisable(on);
        status.setText(message);
    }
}
