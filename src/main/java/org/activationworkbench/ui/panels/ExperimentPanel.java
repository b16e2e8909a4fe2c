package org.activationworkbench.ui.panels;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.activationworkbench.activation.ActivationRegistry;
import org.activationworkbench.activation.FamilyInfo;
import org.activationworkbench.activation.Sharing;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.ExperimentConfig;
import org.activationworkbench.ui.dialogs.CsvImportDialog;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.CsvOptions;
import org.activationworkbench.ui.model.DatasetSummary;
import org.activationworkbench.ui.model.ExperimentDraft;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Controller of fxml/experiment-panel.fxml. Edits the {@link ExperimentDraft}; learning rates apply live,
 * dataset and family apply at once (asking first when the run has progressed), everything else on "Apply".
 */
public final class ExperimentPanel {

    private static final List<String> LRS = List.of("0.0001", "0.0003", "0.001", "0.003", "0.01", "0.03", "0.1",
            "0.3", "1");
    private static final String DEFAULT_SHARING = "family default";

    @FXML public ComboBox<String> datasetBox;
    /** The options each CSV file of the dataset list was last imported with, by absolute path. */
    private final java.util.Map<String, CsvOptions> importedWith = new java.util.HashMap<>();
    @FXML private Button openButton;
    @FXML private Label datasetInfo;
    @FXML private StackPane previewPane;
    @FXML private ComboBox<String> familyBox;
    @FXML private Label formulaLabel;
    @FXML private Label familyDescription;
    @FXML private Label degreeLabel;
    @FXML private Spinner<Integer> degreeSpinner;
    @FXML private Label knotsLabel;
    @FXML private Spinner<Integer> knotsSpinner;
    @FXML private Label rangeLabel;
    @FXML private HBox rangeBox;
    @FXML private Spinner<Double> rangeLoSpinner;
    @FXML private Spinner<Double> rangeHiSpinner;
    @FXML private Label initLabel;
    @FXML private ComboBox<String> initBox;
    @FXML private Label baseLabel;
    @FXML private ComboBox<String> baseBox;
    @FXML private VBox hiddenBox;
    @FXML private Button addLayerButton;
    @FXML private ComboBox<String> sharingBox;
    @FXML private ComboBox<String> optimizerBox;
    @FXML private ComboBox<String> lrBox;
    @FXML private ComboBox<String> actLrBox;
    @FXML private Spinner<Integer> batchSpinner;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private Spinner<Double> testRatioSpinner;
    @FXML private javafx.scene.layout.GridPane generatedGrid;
    @FXML private Spinner<Integer> samplesSpinner;
    @FXML private Spinner<Double> noiseSpinner;
    @FXML private Label convLabel;
    @FXML private javafx.scene.control.TextField convField;
    @FXML private Label momentumLabel;
    @FXML private Spinner<Double> momentumSpinner;
    @FXML private Spinner<Double> weightDecaySpinner;
    @FXML private ComboBox<String> scheduleBox;
    @FXML private Spinner<Integer> epochsSpinner;
    @FXML public ProcedurePicker procedurePicker;
    @FXML private Button applyButton;
    @FXML private Label applyHint;

    private WorkbenchViewModel vm;
    private ExperimentDraft draft;
    /** Asks the user before a reset; tests replace it. */
    public Predicate<String> confirm = ExperimentPanel::askUser;
    private boolean syncing;
    // strong references: bidirectional bindings to asObject() views would otherwise be collected
    private ObjectProperty<Integer> degreeObj;
    private ObjectProperty<Integer> knotsObj;
    private ObjectProperty<Integer> batchObj;
    private ObjectProperty<Integer> seedObj;
    private ObjectProperty<Double> loObj;
    private ObjectProperty<Double> hiObj;
    private ObjectProperty<Double> ratioObj;
    private ObjectProperty<Integer> samplesObj;
    private ObjectProperty<Double> noiseObj;
    private ObjectProperty<Double> momentumObj;
    private ObjectProperty<Double> decayObj;
    private ObjectProperty<Integer> epochsObj;

    public void bind(WorkbenchViewModel vm) {
        this.vm = vm;
        this.draft = vm.draft;
        datasetBox.getItems().setAll(new DatasetRegistry().names());
        ActivationRegistry.all().stream().map(FamilyInfo::name).forEach(familyBox.getItems()::add);
        initBox.getItems().setAll("relu", "leaky_relu", "identity", "tanh", "gelu", "silu");
        baseBox.getItems().setAll("relu", "mish", "gelu", "silu", "tanh", "leaky_relu", "elu");
        sharingBox.getItems().setAll(DEFAULT_SHARING, "layer", "neuron");
        optimizerBox.getItems().setAll("adam", "adamw", "sgd");
        lrBox.getItems().setAll(LRS);
        actLrBox.getItems().setAll(LRS);
        actLrBox.getItems().add(0, "0");

        degreeSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 12, 3));
        knotsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(3, 101, 21, 2));
        rangeLoSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(-20, -0.5, -3, 0.5));
        rangeHiSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 20, 3, 0.5));
        batchSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 4096, 32, 16));
        seedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE, 1));
        testRatioSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.05, 0.9, 0.2, 0.05));

        degreeObj = draft.degree.asObject();
        knotsObj = draft.knots.asObject();
        batchObj = draft.batch.asObject();
        seedObj = draft.seed.asObject();
        loObj = draft.rangeLo.asObject();
        hiObj = draft.rangeHi.asObject();
        ratioObj = draft.testRatio.asObject();
        degreeSpinner.getValueFactory().valueProperty().bindBidirectional(degreeObj);
        knotsSpinner.getValueFactory().valueProperty().bindBidirectional(knotsObj);
        batchSpinner.getValueFactory().valueProperty().bindBidirectional(batchObj);
        seedSpinner.getValueFactory().valueProperty().bindBidirectional(seedObj);
        rangeLoSpinner.getValueFactory().valueProperty().bindBidirectional(loObj);
        rangeHiSpinner.getValueFactory().valueProperty().bindBidirectional(hiObj);
        testRatioSpinner.getValueFactory().valueProperty().bindBidirectional(ratioObj);
        initBox.valueProperty().bindBidirectional(draft.init);
        baseBox.valueProperty().bindBidirectional(draft.base);
        optimizerBox.valueProperty().bindBidirectional(draft.optimizer);
        bindTrainingExtras();

        syncFromDraft();
        draft.family.addListener((o, a, f) -> syncFromDraft());
        draft.dataset.addListener((o, a, f) -> syncFromDraft());
        draft.hidden.addListener((Observable o) -> rebuildHiddenRows());
        draft.sharing.addListener((o, a, s) -> syncFromDraft());
        draft.lr.addListener((o, a, v) -> syncFromDraft());
        draft.actLr.addListener((o, a, v) -> syncFromDraft());

        datasetBox.setOnAction(e -> {
            String chosen = datasetBox.getValue();
            if (!syncing && chosen != null && !chosen.equals(draft.dataset.get())) {
                // a file imported earlier comes back with the options it was imported with
                CsvOptions imported = importedWith.get(chosen);
                changeAndApply(() -> {
                    draft.dataset.set(chosen);
                    if (imported != null) draft.csv.set(imported);
                }, "dataset");
            }
        });
        familyBox.setOnAction(e -> {
            if (!syncing && familyBox.getValue() != null && !familyBox.getValue().equals(draft.family.get())) {
                changeAndApply(() -> draft.family.set(familyBox.getValue()), "activation family");
            }
        });
        sharingBox.setOnAction(e -> {
            if (syncing) return;
            String v = sharingBox.getValue();
            draft.sharing.set(v == null || DEFAULT_SHARING.equals(v) ? null : Sharing.parse(v));
        });
        lrBox.setOnAction(e -> commitRate(lrBox, false));
        actLrBox.setOnAction(e -> commitRate(actLrBox, true));
        lrBox.focusedProperty().addListener((o, a, f) -> { if (!f) commitRate(lrBox, false); });
        actLrBox.focusedProperty().addListener((o, a, f) -> { if (!f) commitRate(actLrBox, true); });

        for (Observable p : List.<Observable>of(draft.dataset, draft.csv, draft.family, draft.degree, draft.knots,
                draft.rangeLo, draft.rangeHi, draft.base, draft.init, draft.hidden, draft.sharing, draft.optimizer, draft.batch,
                draft.seed, draft.testRatio, draft.samples, draft.noise, draft.conv, draft.momentum, draft.weightDecay,
                draft.schedule, draft.epochs, draft.procedure, draft.actLrScale, draft.phaseEpochs, draft.alternateSteps,
                draft.tv2, draft.refineEpochs)) {
            p.addListener(o -> updateStructuralChange());
        }
        vm.experimentProperty().addListener((o, a, e) -> {
            updateStructuralChange();
            syncFromDraft();
            showDataset(e);
        });
        applyButton.disableProperty().bind(draft.structuralChange.not().or(vm.loading));
        openButton.disableProperty().bind(vm.loading);
        applyHint.setText("Learning rates apply live. Other changes apply with this button (the run restarts).");
        rebuildHiddenRows();
    }

    /** Samples and noise (generated data), conv blocks (images), momentum, weight decay, schedule, epochs, procedure. */
    private void bindTrainingExtras() {
        samplesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(10, 100_000, 400, 50));
        noiseSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 5, 0.1, 0.05));
        momentumSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 0.999, 0.9, 0.05));
        weightDecaySpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, 0, 1e-4));
        epochsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100_000, 100, 10));
        scheduleBox.getItems().setAll(org.activationworkbench.train.TrainingOptions.SCHEDULES);
        samplesObj = draft.samples.asObject();
        noiseObj = draft.noise.asObject();
        momentumObj = draft.momentum.asObject();
        decayObj = draft.weightDecay.asObject();
        epochsObj = draft.epochs.asObject();
        samplesSpinner.getValueFactory().valueProperty().bindBidirectional(samplesObj);
        noiseSpinner.getValueFactory().valueProperty().bindBidirectional(noiseObj);
        momentumSpinner.getValueFactory().valueProperty().bindBidirectional(momentumObj);
        weightDecaySpinner.getValueFactory().valueProperty().bindBidirectional(decayObj);
        epochsSpinner.getValueFactory().valueProperty().bindBidirectional(epochsObj);
        scheduleBox.valueProperty().bindBidirectional(draft.schedule);
        convField.textProperty().bindBidirectional(draft.conv);
        procedurePicker.bind(draft);
        draft.optimizer.addListener((o, a, v) -> show("sgd".equals(v), momentumLabel, momentumSpinner));
        show("sgd".equals(draft.optimizer.get()), momentumLabel, momentumSpinner);
    }

    private void syncFromDraft() {
        syncing = true;
        try {
            datasetBox.setValue(draft.dataset.get());
            String f = draft.family.get();
            familyBox.setValue(f);
            formulaLabel.setText(FamilyFormulas.of(f));
            familyDescription.setText(ActivationRegistry.info(f).description());
            boolean spline = "bspline".equals(f);
            show(draft.takesDegree(), degreeLabel, degreeSpinner);
            show(spline, knotsLabel, knotsSpinner, rangeLabel, rangeBox, initLabel, initBox);
            show("dyn".equals(f), baseLabel, baseBox);
            show(draft.generated(), generatedGrid);
            Experiment running = vm.experiment();
            show(running != null && DatasetPreview.images(running.dataset()), convLabel, convField);
            sharingBox.setValue(draft.sharing.get() == null ? DEFAULT_SHARING : draft.sharing.get().label());
            lrBox.setValue(format(draft.lr.get()));
            actLrBox.setValue(format(draft.actLr.get()));
        } finally {
            syncing = false;
        }
    }

    private static void show(boolean on, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    private void rebuildHiddenRows() {
        hiddenBox.getChildren().clear();
        for (int i = 0; i < draft.hidden.size(); i++) {
            final int layer = i;
            Label name = new Label("Layer " + (i + 1));
            name.setMinWidth(92);
            Spinner<Integer> width = new Spinner<>(1, 1024, draft.hidden.get(i), 4);
            width.setEditable(true);
            width.setPrefWidth(110);
            width.setTooltip(new Tooltip("Neurons in hidden layer " + (i + 1)));
            width.valueProperty().addListener((o, a, v) -> {
                if (v != null && layer < draft.hidden.size() && !v.equals(draft.hidden.get(layer))) {
                    draft.hidden.set(layer, v);
                }
            });
            Button remove = new Button("−");
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip("Remove hidden layer " + (i + 1)));
            remove.setDisable(draft.hidden.size() <= 1);
            remove.setOnAction(e -> draft.hidden.remove(layer));
            HBox row = new HBox(6, name, width, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            hiddenBox.getChildren().add(row);
        }
        if (addLayerButton != null) addLayerButton.setDisable(draft.hidden.size() >= ExperimentDraft.MAX_LAYERS);
    }

    @FXML
    private void onAddLayer() {
        int last = draft.hidden.isEmpty() ? 16 : draft.hidden.get(draft.hidden.size() - 1);
        draft.hidden.add(last);
    }

    @FXML
    private void onApply() {
        applyDraft("settings");
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
        CsvOptions current = p.equals(draft.dataset.get()) ? draft.csv.get() : CsvOptions.DEFAULTS;
        return CsvImportDialog.open(openButton.getScene().getWindow(), path, draft.dataOptions(), current, chosen -> {
            if (!datasetBox.getItems().contains(p)) datasetBox.getItems().add(p);
            importedWith.put(p, chosen);
            changeAndApply(() -> {
                draft.dataset.set(p);
                draft.csv.set(chosen);
            }, "dataset");
        }).exceptionally(err -> {
            vm.banner.set(Banner.error("Could not open " + p + ": " + WorkbenchViewModel.userMessage(err)));
            return null;
        });
    }

    private void changeAndApply(Runnable change, String what) {
        String dataset = draft.dataset.get();
        CsvOptions csv = draft.csv.get();
        String family = draft.family.get();
        change.run();
        if (!applyDraft(what)) {
            draft.dataset.set(dataset);
            draft.csv.set(csv);
            draft.family.set(family);
            syncFromDraft();
        }
    }

    /** Rebuilds the run from the draft; asks first when it would throw away training. */
    private boolean applyDraft(String what) {
        var s = vm.state();
        if (s != null && s.snapshot().step() > 0
                && !confirm.test("Changing the " + what + " starts a new run; the current one (step "
                + s.snapshot().step() + ") is discarded.")) {
            return false;
        }
        ExperimentConfig c;
        try {
            c = draft.toConfig();
        } catch (RuntimeException ex) {
            vm.banner.set(Banner.error(WorkbenchViewModel.userMessage(ex)));
            return false;
        }
        vm.apply(c).thenAccept(ok -> {
            if (!ok) syncFromDraft();
        });
        return true;
    }

    private void commitRate(ComboBox<String> box, boolean activations) {
        if (syncing) return;
        String text = box.getEditor().getText();
        if (text == null || text.isBlank()) text = box.getValue();
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException | NullPointerException ex) {
            vm.banner.set(Banner.error("The learning rate must be a number, such as 0.01; got '" + text + "'."));
            syncFromDraft();
            return;
        }
        if (!(v >= 0) || (!activations && v == 0) || !Double.isFinite(v)) {
            vm.banner.set(Banner.error((activations ? "The activations' learning rate must be 0 (frozen) or positive"
                    : "The weights' learning rate must be positive") + "; got " + text + "."));
            syncFromDraft();
            return;
        }
        if (activations) draft.actLr.set(v);
        else draft.lr.set(v);
        vm.setLearningRates(draft.lr.get(), draft.actLr.get());
    }

    private void updateStructuralChange() {
        Experiment e = vm.experiment();
        try {
            draft.structuralChange.set(e == null || !key(draft.toConfig()).equals(key(e.config())));
        } catch (RuntimeException ex) {
            draft.structuralChange.set(true);
        }
    }

    /** Everything of a config that needs a new network (learning rates do not). */
    private static String key(ExperimentConfig c) {
        var a = c.activation();
        var t = c.training();
        return String.join("|", c.dataset(), a.family(), String.valueOf(a.degree()), String.valueOf(a.knots()),
                a.range() == null ? "" : a.range()[0] + "," + a.range()[1], String.valueOf(a.base()),
                String.valueOf(a.init()), String.valueOf(c.sharing()), java.util.Arrays.toString(c.hidden()),
                c.training().optimizer(), String.valueOf(c.training().batch()), String.valueOf(c.training().seed()),
                String.valueOf(c.data().testRatio()), String.valueOf(c.data().samples()), String.valueOf(c.data().noise()),
                String.valueOf(c.data().target()), String.valueOf(c.data().task()), String.valueOf(c.data().ignore()),
                String.valueOf(c.data().dropMissing()),
                java.util.Arrays.toString(c.conv()), String.valueOf(t.momentum()), String.valueOf(t.weightDecay()),
                t.schedule(), String.valueOf(t.epochs()), procedureKey(c.procedure()));
    }

    private static String procedureKey(org.activationworkbench.train.ProcedureOptions p) {
        return String.join(",", p.name(), String.valueOf(p.actLrScale()), String.valueOf(p.phaseEpochs()),
                String.valueOf(p.alternateSteps()), String.valueOf(p.tv2()), java.util.Arrays.toString(p.refineEpochs()));
    }

    private void showDataset(Experiment e) {
        previewPane.getChildren().clear();
        if (e == null) return;
        Dataset d = e.dataset();
        datasetInfo.setText(DatasetSummary.of(d));
        previewPane.getChildren().add(DatasetPreview.of(d, vm.appearance::theme));
    }

    private static String format(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static boolean askUser(String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message + "\n\nContinue?", ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText("Start a new run?");
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
