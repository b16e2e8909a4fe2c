package org.activationworkbench.ui.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activationworkbench.ui.model.StudyDialogModel.State;
import org.activationworkbench.ui.model.StudyDialogModel;
import org.activationworkbench.ui.model.Stylesheets;

/**
 * Studies ▸ one study: its claim, quick or full, the output folder, Run; then progress, the current message and
 * Cancel; then "Report written" with Open report and Copy folder path. Not modal: the main window keeps training.
 */
public final class StudyDialog {

    public final StudyDialogModel model;
    final RadioButton quick = new RadioButton("Quick (under a minute)");
    final RadioButton full = new RadioButton("Full (several minutes)");
    final TextField folder = new TextField();
    final Button run = new Button("Run");
    final Button cancel = new Button("Cancel");
    final Button openReport = new Button("Open report");
    final Button copyPath = new Button("Copy folder path");
    final ProgressBar bar = new ProgressBar(0);
    final Label message = new Label();
    private final Stage stage = new Stage();
    private final Consumer<String> opener;

    /** @param opener shows a file or web URI in the desktop's default app, for the report's links; may be null */
    public StudyDialog(Window owner, StudyDialogModel model, Consumer<String> opener) {
        this.model = model;
        this.opener = opener;
        if (owner != null) stage.initOwner(owner);
        stage.setTitle("Study: " + model.study);
        Scene scene = Dialogs.scene(layout(), 620, 330);
        Stylesheets.follow(scene, owner);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> model.cancel());
    }

    private javafx.scene.layout.BorderPane layout() {
        Label title = new Label(model.title());
        title.getStyleClass().add("section");
        Label claim = new Label(model.claim());
        claim.setWrapText(true);
        claim.setMinHeight(Region.USE_PREF_SIZE);

        ToggleGroup size = new ToggleGroup();
        quick.setToggleGroup(size);
        full.setToggleGroup(size);
        quick.setSelected(model.quick.get());
        full.setSelected(!model.quick.get());
        quick.selectedProperty().addListener((o, a, b) -> model.quick.set(b));
        HBox sizes = new HBox(16, quick, full);

        folder.setEditable(false);
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> model.outDir.get() == null ? "" : model.outDir.get().toString(), model.outDir));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFolder());
        Label folderLabel = new Label("Output folder");
        folderLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox folderRow = new HBox(8, folderLabel, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress);
        message.textProperty().bind(model.message);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);

        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.start());
        cancel.setOnAction(e -> model.cancel());
        openReport.setOnAction(e -> openReport());
        copyPath.setOnAction(e -> copyFolderPath());
        Button close = new Button("Close");
        close.setOnAction(e -> {
            model.cancel();
            stage.close();
        });
        // every button keeps its whole label ("Open report", not "Open rep…"); a narrow dialog wraps them
        Dialogs.keepWhole(openReport, copyPath);
        HBox reportButtons = new HBox(8, openReport, copyPath);
        WrappingBar buttons = Dialogs.buttonBar(reportButtons, cancel, run, close);

        model.state().addListener((o, a, s) -> showState(s));
        showState(model.state().get());

        Dialogs.keepWhole(choose, quick, full);
        VBox body = new VBox(12, title, claim, sizes, folderRow, bar, message);
        body.setPadding(new Insets(16, 16, 4, 16));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-scroll");
        buttons.setPadding(new Insets(8, 16, 14, 16));
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(scroll, null, null, buttons, null);
        root.getStyleClass().add("workbench");
        return root;
    }

    private void showState(State s) {
        boolean running = s == State.RUNNING || s == State.CANCELLING;
        run.setDisable(running);
        run.setText(s == State.READY ? "Run" : "Run again");
        cancel.setDisable(s != State.RUNNING);
        quick.setDisable(running);
        full.setDisable(running);
        folder.setDisable(running);
        bar.setVisible(s != State.READY);
        boolean done = s == State.DONE;
        openReport.setVisible(done);
        copyPath.setVisible(done);
        message.getStyleClass().remove("error-text");
        if (s == State.FAILED) message.getStyleClass().add("error-text");
    }

    private void chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Folder for the report of " + model.study);
        Path current = model.outDir.get();
        File start = current == null ? null : current.toFile();
        while (start != null && !start.isDirectory()) start = start.getParentFile();
        if (start != null) c.setInitialDirectory(start);
        File chosen = c.showDialog(stage);
        if (chosen != null) model.outDir.set(chosen.toPath());
    }

    public ReportViewer openReport() {
        if (model.report.get() == null) return null;
        ReportViewer v = new ReportViewer(stage, model.report.get(), opener);
        v.show();
        return v;
    }

    private void copyFolderPath() {
        ClipboardContent c = new ClipboardContent();
        c.putString(model.outDir.get().toAbsolutePath().toString());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        model.message.set("Report written: " + model.report.get() + "\nFolder path copied to the clipboard.");
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
