package org.activationworkbench.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A study's report inside the app, no browser needed: report.md's text as written, then every PNG figure in the
 * report's folder, in one scrollable view.
 */
final class ReportViewer {

    private static final double FIGURE_WIDTH = 820;

    private final Stage stage = new Stage();
    final TextArea text = new TextArea();
    final List<Path> figures = new ArrayList<>();

    ReportViewer(Window owner, Path report) {
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(report.getParent().getFileName() + " — report.md");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(28);
        text.getStyleClass().add("export-text-preview");
        VBox body = new VBox(10, text);
        body.setPadding(new Insets(12));
        body.getStyleClass().add("workbench");
        try {
            text.setText(Files.readString(report, StandardCharsets.UTF_8));
            figures.addAll(pngs(report.getParent()));
        } catch (IOException e) {
            text.setText("Could not read " + report + ": " + WorkbenchViewModel.userMessage(e));
        }
        for (Path png : figures) {
            Label caption = new Label(png.getFileName().toString());
            caption.getStyleClass().add("card-title");
            body.getChildren().addAll(caption, image(png));
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, FIGURE_WIDTH + 60, 760);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    static List<Path> pngs(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.png")) {
            ds.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static javafx.scene.Node image(Path png) {
        try (InputStream in = Files.newInputStream(png)) {
            ImageView v = new ImageView(new Image(in));
            v.setPreserveRatio(true);
            v.setFitWidth(Math.min(FIGURE_WIDTH, v.getImage().getWidth()));
            return v;
        } catch (IOException e) {
            return new Label("Could not read " + png.getFileName() + ": " + e.getMessage());
        }
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
    }
}
