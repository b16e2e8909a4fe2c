package org.activationworkbench.ui.panels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.core.Option;
import org.activationworkbench.data.DataOptions;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.experiment.RunDescription;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.experiment.ExperimentSchema;
import org.activationworkbench.experiment.Setting;
import org.activationworkbench.ui.dialogs.CsvImportDialog;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.CsvOptions;
import org.activationworkbench.ui.model.DatasetSummary;
import org.activationworkbench.ui.model.ExperimentForm;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Controller of fxml/experiment-panel.fxml. The layout is fixed there; its rows are made from the options'
 * declarations (the schema's settings, the family's own options), so each control has the bounds and help of
 * the command line's flag. Learning rates apply live, dataset and family at once (asking first when the run has
 * progressed), everything else on "Apply and reset".
 */
public final class ExperimentPanel {

    /** CSV options are chosen in the Import CSV dialog, not in the panel. */
    private static final List<Option> IMPORT_ONLY = List.of(DataOptions.TARGET, DataOptions.TASK, DataOptions.IGNORE,
            DataOptions.DROP_MISSING);

    @FXML public ComboBox<String> datasetBox;
    @FXML private Button openButton;
    @FXML private Label datasetInfo;
    @FXML private StackPane previewPane;
    @FXML private GridPane dataGrid;
    @FXML private ComboBox<String> familyBox;
    @FXML private Label formulaLabel;
    @FXML private Label familyDescription;
    @FXML private GridPane familyGrid;
    @FXML private VBox hiddenBox;
    @FXML private Button addLayerButton;
    @FXML private GridPane networkGrid;
    @FXML private GridPane trainingGrid;
    @FXML public ProcedurePicker procedurePicker;
    @FXML private Button applyButton;
    @FXML private Label applyHint;

    /** The options each CSV file of the dataset list was last imported with, by absolute path. */
    private final Map<String, CsvOptions> importedWith = new LinkedHashMap<>();
    /** Asks the user before a reset; tests replace it. */
    public Predicate<String> confirm = ExperimentPanel::askUser;
    private WorkbenchViewModel vm;
    private ExperimentForm form;
    private FormRows networkRows;
    private String familyShown;
    private final List<OptionRow> familyRows = new ArrayList<>();
    private boolean syncing;

    public void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        this.form = vm.form;
        datasetBox.getItems().setAll(new DatasetRegistry().names());
        // an imported file shows by its name; its path stays the value (and the tooltip)
        datasetBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String d) {
                return d == null ? "" : shortName(d);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        datasetBox.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : shortName(d));
            }
        });
        ActivationRegistry.all().stream().map(FamilyInfo::name).forEach(familyBox.getItems()::add);
        new FormRows(dataGrid, form, settings(Setting.Group.DATA), s -> true, this::refused, this::liveRates);
        networkRows = new FormRows(networkGrid, form, settings(Setting.Group.NETWORK),
                s -> !s.name().equals("conv") || imageData(), this::refused, this::liveRates);
        new FormRows(trainingGrid, form, settings(Setting.Group.TRAINING), s -> true, this::refused, this::liveRates);
        new HiddenLayersEditor(hiddenBox, addLayerButton, form, this::refused);
        procedurePicker.bind(form, this::refused);
        form.draft.addListener((o, a, c) -> syncHeader());
        form.draft.addListener((o, a, c) -> familyRows.forEach(OptionRow::refresh));
        syncHeader();

        datasetBox.setOnAction(e -> {
            String chosen = datasetBox.getValue();
            if (!syncing && chosen != null && form.config() != null && !chosen.equals(form.config().dataset())) {
                // a file imported earlier comes back with the options it was imported with
                openData(chosen, importedWith.getOrDefault(chosen, CsvOptions.DEFAULTS), "dataset");
            }
        });
        familyBox.setOnAction(e -> {
            String chosen = familyBox.getValue();
            if (!syncing && chosen != null && form.config() != null && !chosen.equals(form.family())) changeFamily(chosen);
        });
        vm.runProperty().addListener((o, a, e) -> {
            showDataset(e);
            networkRows.refresh();
        });
        vm.appearance.theme.addListener((o, a, t) -> showDataset(vm.run()));   // the preview in dark or light too
        applyButton.disableProperty().bind(form.needsRebuild.not().or(vm.loading));
        openButton.disableProperty().bind(vm.loading);
        applyHint.setText("Learning rates apply live. Other changes apply with this button (the run restarts).");
    }

    private static List<Setting> settings(Setting.Group g) {
        return ExperimentSchema.group(g).stream().filter(s -> !IMPORT_ONLY.contains(s.option()))
                .filter(s -> !s.name().equals("hidden") && !s.name().equals("procedure")).toList();
    }

    private boolean imageData() {
        RunDescription running = vm.run();
        return running != null && DatasetPreview.images(running.dataset());
    }

    private void syncHeader() {
        ExperimentConfig c = form.config();
        if (c == null) return;
        syncing = true;
        try {
            datasetBox.setValue(c.dataset());
            String f = c.activation().family();
            familyBox.setValue(f);
            formulaLabel.setText(FamilyFormulas.of(c.activation()));
            familyDescription.setText(ActivationRegistry.info(f).description());
            if (!f.equals(familyShown)) showFamilyOptions(f);
        } finally {
            syncing = false;
        }
    }

    /** The rows of the family's own options, made from its declarations. */
    private void showFamilyOptions(String family) {
        familyShown = family;
        familyGrid.getChildren().clear();
        familyRows.clear();
        for (Option o : form.familyOptions()) {
            familyRows.add(OptionRow.of(o, () -> form.familyValue(o.name()), v -> form.setFamilyOption(o.name(), v),
                    this::refused).addTo(familyGrid));
        }
        familyGrid.setVisible(!form.familyOptions().isEmpty());
        familyGrid.setManaged(!form.familyOptions().isEmpty());
    }

    @FXML
    private void onApply() {
        if (askToDiscard("settings")) vm.apply(form.config());
    }

    @FXML
    public void openDatasetDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        var file = chooser.showOpenDialog(openButton.getScene().getWindow());
        if (file != null) openDataset(file.toPath());
    }

    /**
     * What "Open dataset…" does with the chosen file: the Import CSV dialog, whose Open trains on the file with
     * the chosen options (asking first). A file that cannot be read as text at all is refused in the banner.
     * Completes with the dialog once it is shown, or with null.
     */
    public CompletableFuture<CsvImportDialog> openDataset(Path path) {
        String p = path.toAbsolutePath().toString();
        ExperimentConfig c = form.config();
        CsvOptions current = p.equals(c.dataset()) ? CsvOptions.of(c.data()) : CsvOptions.DEFAULTS;
        return CsvImportDialog.open(openButton.getScene().getWindow(), path, c.data(), current, chosen -> {
            if (!datasetBox.getItems().contains(p)) datasetBox.getItems().add(p);
            importedWith.put(p, chosen);
            openData(p, chosen, "dataset");
        }).exceptionally(err -> {
            vm.banner.set(Banner.error("Could not open " + p + ": " + WorkbenchViewModel.userMessage(err)));
            return null;
        });
    }

    /**
     * A folder of IDX files (an MNIST-style image set) dropped on the window: a run on it, asking first; a folder
     * without the four files gets the loader's message naming the missing one.
     */
    public void openDatasetFolder(Path folder) {
        String p = folder.toAbsolutePath().toString();
        openData(p, CsvOptions.DEFAULTS, "dataset").thenAccept(ok -> {
            if (ok && !datasetBox.getItems().contains(p)) datasetBox.getItems().add(p);
        });
    }

    /**
     * Starts a run on another dataset: the defaults of that dataset (epochs, batch, learning rate, layers) with the
     * current family, its options and the seed; a CSV file with the options it is imported with.
     */
    private CompletableFuture<Boolean> openData(String dataset, CsvOptions csv, String what) {
        if (!askToDiscard(what)) {
            syncHeader();
            return CompletableFuture.completedFuture(false);
        }
        ExperimentConfig c = form.config();
        ExperimentRecipe r = ExperimentRecipe.of(dataset, c.activation().family()).with("seed", c.training().seed());
        for (Map.Entry<String, Object> e : c.activation().options().entrySet()) r = r.with(e.getKey(), e.getValue());
        if (c.sharing() != null) r = r.with("sharing", c.sharing().label());
        for (Map.Entry<String, Object> e : csv.given().entrySet()) r = r.with(e.getKey(), e.getValue());
        return vm.apply(r).thenApply(ok -> {
            if (!ok) syncHeader();
            return ok;
        });
    }

    /** Another family, at its own defaults, starts a new run at once. */
    private void changeFamily(String family) {
        if (!askToDiscard("activation family")) {
            syncHeader();
            return;
        }
        ExperimentConfig before = form.config();
        form.setFamily(family);
        vm.apply(form.config()).thenAccept(ok -> {
            if (!ok) form.draft.set(before);
        });
    }

    /** True when nothing would be lost, or the user agrees to discard the run. */
    private boolean askToDiscard(String what) {
        var s = vm.state();
        return s == null || s.snapshot().step() == 0 || confirm.test("Changing the " + what
                + " starts a new run; the current one (step " + s.snapshot().step() + ") is discarded.");
    }

    private void liveRates() {
        vm.setLearningRates(form.config().training().lr(), form.config().training().actLr());
    }

    private void refused(String message) {
        vm.banner.set(Banner.error(message));
    }

    private void showDataset(RunDescription e) {
        previewPane.getChildren().clear();
        if (e == null) return;
        Dataset d = e.dataset();
        datasetInfo.setText(DatasetSummary.of(d));
        previewPane.getChildren().add(DatasetPreview.of(d, vm.appearance::theme));
    }

    /** A dataset as the picker names it: a file by its name ("heights.csv"), a bundled set by its own. */
    static String shortName(String dataset) {
        if (dataset.indexOf('/') < 0 && dataset.indexOf('\\') < 0) return dataset;
        java.nio.file.Path name = java.nio.file.Path.of(dataset).getFileName();
        return name == null ? dataset : name.toString();
    }

    private static boolean askUser(String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message + "\n\nContinue?", ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText("Start a new run?");
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
