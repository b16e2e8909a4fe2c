package org.activationworkbench.ui.dialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.activationworkbench.data.CsvDatasetReader;
import org.activationworkbench.data.CsvPreview;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Task;
import org.activationworkbench.ui.concurrent.LatestOnlyWorker;
import org.activationworkbench.ui.model.Counts;
import org.activationworkbench.ui.model.CsvOptions;
import org.activationworkbench.ui.model.DatasetSummary;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.model.Stylesheets;

/**
 * Open… ▸ a CSV file: the head of the file, and the choices the command line makes with --target, --task,
 * --ignore and --drop-missing. Every change is checked by loading the file with those choices on a worker, so
 * the status line shows either what would be trained on or what is wrong, worded for this dialog; Open is only
 * enabled for choices that load.
 */
public final class CsvImportDialog {

    static final int PREVIEW_ROWS = 8;
    private static final String AUTOMATIC = "automatic";
    private static final Duration QUIET = Duration.millis(250);
    private static final double ROW_HEIGHT = 24;

    public final ComboBox<String> target = new ComboBox<>();
    final ChoiceBox<String> task = new ChoiceBox<>(FXCollections.observableArrayList(AUTOMATIC,
            Task.CLASSIFICATION.label(), Task.REGRESSION.label()));
    /** One box per column, in file order; the target's is disabled. */
    public final Map<String, CheckBox> ignore = new LinkedHashMap<>();
    final CheckBox dropMissing = new CheckBox("Drop rows with missing values");
    public final Label status = new Label();
    public final Button openButton = new Button("Open");
    public final Button cancelButton = new Button("Cancel");
    final TableView<List<String>> table = new TableView<>();
    private final Path file;
    private final CsvPreview preview;
    private final DataOptions base;
    private final Consumer<CsvOptions> onOpen;
    private final LatestOnlyWorker<CsvDatasetReader.Loaded> checker = new LatestOnlyWorker<>("csv-import-check", QUIET);
    private final Stage stage = new Stage();
    /** The choices the status line speaks about, once they loaded; null while checking or when they fail. */
    private CsvOptions valid;

    /**
     * Reads the head of {@code file} on a worker, then shows the dialog on the FX thread. Fails (with a
     * {@code DatasetException} for the user) when the file cannot be read as text at all.
     *
     * @param base    the seed and test ratio (and so on) the file will be loaded with
     * @param initial the choices to start from
     * @param onOpen  what Open does with the chosen options (after the dialog has closed)
     */
    public static CompletableFuture<CsvImportDialog> open(Window owner, Path file, DataOptions base, CsvOptions initial,
                                                   Consumer<CsvOptions> onOpen) {
        CompletableFuture<CsvImportDialog> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> CsvPreview.read(file, PREVIEW_ROWS)).whenComplete((p, err) ->
                Platform.runLater(() -> {
                    if (err != null) {
                        shown.completeExceptionally(err);
                        return;
                    }
                    CsvImportDialog d = new CsvImportDialog(owner, file, p, base, initial, onOpen);
                    d.stage.show();
                    shown.complete(d);
                }));
        return shown;
    }

    private CsvImportDialog(Window owner, Path file, CsvPreview preview, DataOptions base, CsvOptions initial,
                            Consumer<CsvOptions> onOpen) {
        this.file = file;
        this.preview = preview;
        this.base = base;
        this.onOpen = onOpen;
        List<String> columns = preview.header();
        target.getItems().setAll(columns);
        for (String c : columns) {
            CheckBox box = new CheckBox(c);
            box.setMnemonicParsing(false);   // "height_cm" keeps its underscore
            ignore.put(c, box);
        }
        select(initial);

        target.valueProperty().addListener((o, a, t) -> targetChanged());
        task.valueProperty().addListener((o, a, t) -> check());
        ignore.values().forEach(b -> b.selectedProperty().addListener((o, a, s) -> check()));
        dropMissing.selectedProperty().addListener((o, a, s) -> check());
        openButton.setOnAction(e -> openChosen());
        cancelButton.setOnAction(e -> stage.close());
        stage.setOnHidden(e -> checker.close());

        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Import CSV — " + CsvDatasetReader.fileName(file));
        BorderPane root = layout();
        Scene scene = Dialogs.scene(root, 780, Math.max(420, root.prefHeight(780) + 40));
        Stylesheets.follow(scene, owner);
        stage.setScene(scene);
        targetChanged();
    }

    private void select(CsvOptions o) {
        List<String> columns = preview.header();
        target.setValue(o.target() != null && columns.contains(o.target()) ? o.target()
                : columns.isEmpty() ? null : columns.get(columns.size() - 1));
        task.setValue(o.task() == null ? AUTOMATIC : o.task().label());
        for (String c : o.ignore()) if (ignore.containsKey(c)) ignore.get(c).setSelected(true);
        dropMissing.setSelected(o.dropMissing());
    }

    public Stage stage() {
        return stage;
    }

    /** The choices as they stand. */
    CsvOptions options() {
        List<String> ignored = new ArrayList<>();
        ignore.forEach((c, b) -> {
            if (b.isSelected() && !c.equals(target.getValue())) ignored.add(c);
        });
        Task t = AUTOMATIC.equals(task.getValue()) ? null : Task.valueOf(task.getValue().toUpperCase(Locale.ROOT));
        return new CsvOptions(target.getValue(), t, ignored, dropMissing.isSelected());
    }

    /** The target cannot also be ignored: its box is cleared and disabled. */
    private void targetChanged() {
        ignore.forEach((c, b) -> {
            boolean isTarget = c.equals(target.getValue());
            if (isTarget) b.setSelected(false);
            b.setDisable(isTarget);
        });
        check();
    }

    /** Loads the file with the current choices on the checker's thread; the status says how that went. */
    private void check() {
        CsvOptions o = options();
        valid = null;
        openButton.setDisable(true);
        markColumns(o);
        showStatus("Checking " + CsvDatasetReader.fileName(file) + "…", "muted");
        DataOptions d = o.applyTo(base);
        checker.request(() -> CsvDatasetReader.load(file, d), (loaded, err) -> {
            if (err != null) {
                showStatus(WorkbenchViewModel.userMessage(err), "error-text");
                return;
            }
            valid = o;
            openButton.setDisable(false);
            int dropped = loaded.droppedRows();
            String droppedNote = dropped == 0 ? ""
                    : " · dropped " + Counts.of(dropped, "row") + " with missing values";
            showStatus("✓ " + DatasetSummary.of(loaded.dataset()) + droppedNote, "ok-text");
        });
    }

    private void showStatus(String text, String styleClass) {
        status.setText(text);
        status.getStyleClass().removeAll("muted", "error-text", "ok-text");
        status.getStyleClass().add(styleClass);
    }

    /** The preview's headers say which column is the target and which are left out. */
    private void markColumns(CsvOptions o) {
        for (TableColumn<List<String>, ?> c : table.getColumns()) {
            String name = (String) c.getUserData();
            c.setText(name.equals(o.target()) ? name + "  (target)" : o.ignore().contains(name) ? name + "  (ignored)"
                    : name);
        }
    }

    private void openChosen() {
        CsvOptions chosen = valid;
        if (chosen == null) return;
        stage.close();
        onOpen.accept(chosen);
    }

    private BorderPane layout() {
        Label title = new Label(CsvDatasetReader.fileName(file));
        title.getStyleClass().add("dialog-title");
        Label where = new Label(file.toAbsolutePath().toString());
        where.getStyleClass().add("muted");
        VBox heading = new VBox(2, title, where);

        buildTable();
        Label previewTitle = new Label("First rows");
        previewTitle.getStyleClass().add("card-title");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.getColumnConstraints().addAll(new ColumnConstraints(70), new ColumnConstraints());
        form.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        target.setPrefWidth(220);
        task.setPrefWidth(220);
        FlowPane ignoreBoxes = new FlowPane(14, 6);
        ignoreBoxes.getChildren().addAll(ignore.values());
        form.addRow(0, new Label("Target"), target);
        form.addRow(1, new Label("Task"), task);
        Label ignoreLabel = new Label("Ignore");
        GridPane.setValignment(ignoreLabel, javafx.geometry.VPos.TOP);
        form.addRow(2, ignoreLabel, ignoreBoxes);
        form.add(dropMissing, 1, 3);

        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        VBox body = new VBox(10, heading, previewTitle, table, form, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        body.setPadding(new Insets(16, 16, 12, 16));

        openButton.getStyleClass().add("accent");
        openButton.setDefaultButton(true);
        cancelButton.setCancelButton(true);
        WrappingBar bottom = Dialogs.buttonBar(new HBox(), cancelButton, openButton);
        bottom.setPadding(new Insets(10, 16, 14, 16));
        // a small screen scrolls the form; the buttons stay in view
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-scroll");
        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        root.getStyleClass().addAll("workbench", "import-dialog");
        return root;
    }

    private void buildTable() {
        List<String> header = preview.header();
        for (int i = 0; i < header.size(); i++) {
            int c = i;
            TableColumn<List<String>, String> col = new TableColumn<>(header.get(i));
            col.setUserData(header.get(i));
            col.setSortable(false);
            col.setReorderable(false);
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(c < r.getValue().size() ? r.getValue().get(c) : ""));
            table.getColumns().add(col);
        }
        table.getItems().setAll(preview.rows());
        table.setPlaceholder(new Label(header.isEmpty() ? "The file has no lines." : "No rows below the header."));
        // a few columns share the width; many scroll sideways at their natural width
        if (header.size() <= 8) table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // tall enough for the rows read, so a short file leaves no empty well
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * (Math.max(3, preview.rows().size()) + 1) + 24);
        table.setMinHeight(ROW_HEIGHT * 4 + 24);
    }
}
