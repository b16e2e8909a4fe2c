package org.activationworkbench.ui.dialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activationworkbench.experiment.CompareRunner;
import org.activationworkbench.experiment.CompareSummary;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.plot.CompareCurvesPlot;
import org.activationworkbench.export.CompareExport;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.export.PlotExporter;
import org.activationworkbench.export.RunTables;
import org.activationworkbench.ui.concurrent.BackgroundFileJob;
import org.activationworkbench.ui.model.CompareViewModel;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.plot.PlotCanvas;
import org.activationworkbench.ui.model.Stylesheets;

/**
 * View ▸ Compare: several families (or procedures, or optimizers) × seeds trained on the current dataset, with
 * the mean and min–max band of their test curves, their final activations side by side and a table of the
 * numbers; exports the figures (PNG/SVG) and the table (CSV).
 */
public final class CompareView {

    public final CompareViewModel model = new CompareViewModel();
    final ChoiceBox<CompareViewModel.Vary> vary =
            new ChoiceBox<>(FXCollections.observableArrayList(CompareViewModel.Vary.values()));
    final FlowPane choices = new FlowPane(12, 6);
    public final Spinner<Integer> seeds = new Spinner<>(1, 10, 3);
    public final Spinner<Integer> epochs = new Spinner<>(1, 500, 20);
    public final TextField target = new TextField();
    /** Widens every network's hidden layers to the largest one's total parameter count (±5 %). */
    public final CheckBox matchParameters = new CheckBox("Match parameters (±5 %)");
    final Button run = new Button("Run");
    final Button cancel = new Button("Cancel");
    final TableView<CompareSummary.Row> table = new TableView<>(model.rows);
    final CompareGroupTable groupTable = new CompareGroupTable(model.groups);
    private final Label baseLabel = new Label();
    private final PlotCanvas curves;
    private final PlotCanvas activations;
    private final Button exportCurves = new Button("Export curves…");
    private final Button exportActivations = new Button("Export activations…");
    private final Button exportTable = new Button("Export table…");
    private final Label exportStatus = new Label();
    private final WorkbenchViewModel vm;
    private final Stage stage = new Stage();
    private final TableColumn<CompareSummary.Row, String> groupColumn = new TableColumn<>("family");

    public CompareView(WorkbenchViewModel vm, Window owner) {
        this.vm = vm;
        this.curves = new PlotCanvas(vm.appearance::theme);
        this.activations = new PlotCanvas(vm.appearance::theme);
        vary.setValue(CompareViewModel.Vary.FAMILIES);
        vary.valueProperty().addListener((o, a, v) -> fillChoices());
        vm.runProperty().addListener((o, a, e) -> fillChoices());
        model.outcomes.addListener((o, a, out) -> showFigures(out));
        vm.appearance.theme.addListener((o, a, t) -> {
            curves.redraw();
            activations.redraw();
        });
        if (owner != null) stage.initOwner(owner);
        stage.setTitle("Compare — Activation Workbench");
        Scene scene = Dialogs.scene(layout(), 1280, 860);
        Stylesheets.follow(scene, owner);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        fillChoices();
    }

    public void show() {
        fillChoices();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private BorderPane layout() {
        seeds.setEditable(true);
        seeds.setPrefWidth(80);
        seeds.setTooltip(new Tooltip("Seeds 0 … n−1 per choice: the band shows their spread"));
        epochs.setEditable(true);
        epochs.setPrefWidth(90);
        target.setPromptText("e.g. 0.1");
        target.setPrefWidth(90);
        target.setTooltip(new Tooltip("Train loss to reach for the 'steps to target' column (optional)"));
        matchParameters.setTooltip(new Tooltip("Widen each choice's hidden layers (all by one factor) until every "
                + "network has the largest one's total parameter count, within ±5 %: a fair comparison by size"));
        run.getStyleClass().add("accent");
        run.setOnAction(e -> start());
        cancel.setOnAction(e -> model.cancel());
        run.disableProperty().bind(model.running.or(vm.loading));
        cancel.disableProperty().bind(model.running.not());
        Label title = new Label("Compare");
        title.getStyleClass().add("card-title");
        baseLabel.getStyleClass().add("muted");
        baseLabel.setWrapText(true);   // the whole sentence on a projector's narrow screen
        javafx.scene.layout.FlowPane settings = new javafx.scene.layout.FlowPane(10, 6, new Label("Compare"), vary,
                gap(), new Label("Seeds"), seeds, new Label("Epochs"), epochs, new Label("Target loss"), target,
                matchParameters, gap(), run, cancel);   // wraps on a small screen instead of cutting Run and Cancel
        settings.setAlignment(Pos.CENTER_LEFT);
        Dialogs.keepWhole(run, cancel);
        choices.setPadding(new Insets(2, 0, 2, 0));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progress);
        bar.setPrefWidth(220);
        Label status = new Label();
        status.textProperty().bind(model.status);
        status.getStyleClass().add("muted");
        HBox progress = new HBox(10, bar, status);
        progress.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, baseLabel, settings, choices, progress);
        top.setPadding(new Insets(12, 16, 8, 16));
        top.getStyleClass().add("transport");

        // the figures carry their own titles (the exported files need them), so these cards have none
        VBox curvesCard = card(null, curves);
        VBox actsCard = card(null, activations);
        SplitPane figures = new SplitPane(curvesCard, actsCard);
        figures.setDividerPositions(0.6);
        buildTable();
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Across seeds (mean ± sd)", groupTable.view()),
                new javafx.scene.control.Tab("Runs", table));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox tableCard = card(null, tabs);
        SplitPane center = new SplitPane(figures, tableCard);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.6);
        center.setPadding(new Insets(8));

        exportCurves.setOnAction(e -> exportFigure("curves", curvesFigure()));
        exportActivations.setOnAction(e -> exportFigure("activations", activationsFigure()));
        exportTable.setOnAction(e -> exportTable());
        for (Button b : List.of(exportCurves, exportActivations, exportTable)) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows).or(model.running));
        }
        exportStatus.getStyleClass().add("muted");
        WrappingBar bottom = Dialogs.buttonBar(exportStatus, exportCurves, exportActivations, exportTable);
        bottom.setPadding(new Insets(8, 16, 12, 16));
        BorderPane root = new BorderPane(center, top, null, bottom, null);
        root.getStyleClass().add("workbench");
        return root;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(14);
        return r;
    }

    private static VBox card(String title, javafx.scene.Node content) {
        VBox box = new VBox(6, content);
        if (title != null) {
            Label l = new Label(title);
            l.getStyleClass().add("card-title");
            box.getChildren().add(0, l);
        }
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add("card");
        box.setPadding(new Insets(8));
        return box;
    }

    private void buildTable() {
        groupColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().group()));
        table.getColumns().add(groupColumn);
        column("seed", r -> Long.toString(r.seed()));
        column("act. params", r -> String.format(Locale.ROOT, "%,d", r.activationParameters()));
        column("total params", r -> String.format(Locale.ROOT, "%,d", r.totalParameters()));
        column("hidden", r -> java.util.Arrays.toString(r.hidden()).replaceAll("[\\[\\] ]", ""));
        column("params before matching", r -> r.unmatchedParameters() < 0 ? "—"
                : String.format(Locale.ROOT, "%,d", r.unmatchedParameters()));
        column("train loss", r -> num(r.trainLoss()));
        column("test loss", r -> num(r.testLoss()));
        column("train acc", r -> pct(r.trainAccuracy()));
        column("test acc", r -> pct(r.testAccuracy()));
        column("s / epoch", r -> CompareExport.significant(r.secondsPerEpoch(), 3));
        column("steps to target", r -> r.stepsToTarget() < 0 ? "—" : String.format(Locale.ROOT, "%,d", r.stepsToTarget()));
        column("diverged", r -> r.diverged() ? "yes" : "");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No runs yet: tick a few choices and press Run."));
    }

    private void column(String name, Function<CompareSummary.Row, String> value) {
        TableColumn<CompareSummary.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(c);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "—";
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : "—";
    }

    /** One checkbox per choice; the current experiment's own choice and a baseline are ticked to start with. */
    private void fillChoices() {
        if (model.running.get()) return;
        ExperimentConfig base = vm.run() == null ? null : vm.run().config();
        CompareViewModel.Vary v = vary.getValue();
        List<String> ticked = ticked();
        choices.getChildren().clear();
        groupColumn.setText(v.column);
        groupTable.setGroupName(v.column);
        for (String c : CompareViewModel.choices(v)) {
            CheckBox box = new CheckBox(c);
            box.setMnemonicParsing(false);  // "leaky_relu" must keep its underscore
            String why = base == null ? null : CompareViewModel.unavailable(v, c, base);
            box.setDisable(why != null);
            if (why != null) box.setTooltip(new Tooltip(c + " " + why));
            boolean initial = base != null && switch (v) {
                case FAMILIES -> c.equals(base.activation().family()) || "relu".equals(c);
                case PROCEDURES -> c.equals(base.procedure().name()) || "fixed".equals(c);
                case OPTIMIZERS -> c.equals(base.training().optimizer().label());
            };
            box.setSelected(why == null && (ticked.isEmpty() ? initial : ticked.contains(c)));
            choices.getChildren().add(box);
        }
        if (base != null) {
            baseLabel.setText("Every run trains on " + base.dataset() + " with hidden " + base.hidden().stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ", batch " + base.training().batch()
                    + " and the learning rates of the current experiment; only the ticked " + v.column + " differs"
                    + " (and, with Match parameters, the hidden widths).");
        }
    }

    /** The ticked choices, in menu order. */
    public List<String> ticked() {
        List<String> out = new ArrayList<>();
        for (var n : choices.getChildren()) {
            if (n instanceof CheckBox b && b.isSelected() && !b.isDisabled()) out.add(b.getText());
        }
        return out;
    }

    /** Selects exactly these choices (tests, demos). */
    public void tick(List<String> names) {
        for (var n : choices.getChildren()) {
            if (n instanceof CheckBox b) b.setSelected(names.contains(b.getText()));
        }
    }

    /** Starts the comparison on the current experiment's data; completes when it ends (see the view model). */
    public java.util.concurrent.CompletableFuture<Boolean> start() {
        var e = vm.run();
        if (e == null) return java.util.concurrent.CompletableFuture.completedFuture(false);
        double targetLoss = Double.NaN;
        String t = target.getText() == null ? "" : target.getText().trim();
        try {
            if (!t.isEmpty()) targetLoss = Double.parseDouble(t);
            List<CompareRunner.Entry> entries = CompareViewModel.entries(e.config(), vary.getValue(), ticked(),
                    seeds.getValue(), epochs.getValue(), matchParameters.isSelected(), e.dataset());
            model.tableColumn = vary.getValue().column;
            return model.run(e.dataset(), entries, targetLoss);
        } catch (NumberFormatException ex) {
            model.status.set("The target loss must be a number, such as 0.1; got '" + t + "'.");
        } catch (IllegalArgumentException ex) {
            model.status.set(WorkbenchViewModel.userMessage(ex));
        }
        return java.util.concurrent.CompletableFuture.completedFuture(false);
    }

    private void showFigures(List<CompareRunner.Outcome> out) {
        if (out.isEmpty()) return;
        curves.show(curvesFigure());
        activations.show(activationsFigure());
    }

    Figure curvesFigure() {
        List<CompareRunner.Outcome> out = model.outcomes.get();
        return new CompareCurvesPlot("Test loss and accuracy — mean, band = min…max across seeds",
                CompareExport.subtitle(out), CompareSummary.curves(out));
    }

    Figure activationsFigure() {
        List<CompareRunner.Outcome> out = model.outcomes.get();
        return CompareExport.activations(out, CompareExport.subtitle(out));
    }

    private void exportFigure(String name, Figure f) {
        FileChooser c = new FileChooser();
        c.setTitle("Export the " + name);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"));
        c.setInitialFileName("compare-" + name + ".png");
        var file = c.showSaveDialog(stage);
        if (file == null) return;
        Path out = file.toPath();
        boolean svg = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")
                || c.getSelectedExtensionFilter() != null && c.getSelectedExtensionFilter().getDescription().startsWith("SVG");
        if (svg && !out.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) out = out.resolveSibling(out.getFileName() + ".svg");
        if (!svg && !out.toString().toLowerCase(Locale.ROOT).endsWith(".png")) out = out.resolveSibling(out.getFileName() + ".png");
        var theme = vm.appearance.theme();
        write(out, (tmp, progress) -> {   // one figure: no steps to report
            if (svg) PlotExporter.writeSvg(f, tmp, java.util.Map.of("Title", "Activation Workbench comparison"), theme);
            else PlotExporter.writePng(f, tmp, 2, java.util.Map.of("Title", "Activation Workbench comparison"), theme);
        });
    }

    private void exportTable() {
        FileChooser c = new FileChooser();
        c.setTitle("Export the table");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV table", "*.csv"));
        c.setInitialFileName(CompareExport.TABLE);
        var file = c.showSaveDialog(stage);
        if (file != null) exportTableTo(file.toPath());
    }

    /** Writes the table as CSV (compare.csv's columns) on a worker. */
    public java.util.concurrent.CompletableFuture<Path> exportTableTo(Path out) {
        List<CompareSummary.Row> rows = List.copyOf(model.rows);
        String column = model.tableColumn;
        return write(out, (tmp, progress) -> RunTables.write(CompareExport.table(rows, column), tmp));
    }

    private java.util.concurrent.CompletableFuture<Path> write(Path out, BackgroundFileJob.Writer writer) {
        exportStatus.setText("Writing " + out.getFileName() + "…");
        var job = BackgroundFileJob.start(out, writer);
        return job.result().whenComplete((p, err) -> Platform.runLater(() -> exportStatus.setText(err == null
                ? "Saved " + p : "Could not write " + out.getFileName() + ": " + WorkbenchViewModel.userMessage(err))));
    }
}
