package org.activationworkbench.ui.dialogs;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.activationworkbench.ui.model.AboutFacts;

/** Help ▸ About: version, Java, JavaFX and BLAS in use, and the licences of the bundled libraries and data. */
public final class AboutDialog {

    private AboutDialog() {
    }

    /** The dialog, ready to show; the facts are read when it is made. */
    public static Dialog<ButtonType> create(Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("About Activation Workbench");
        d.setHeaderText(AboutFacts.title());
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setContent(content());
        d.getDialogPane().setPrefSize(640, 520);
        d.setResizable(true);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return d;
    }

    static Node content() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(4));
        Label blurb = new Label("Learnable activation functions, trained live and exported for papers and slides.");
        blurb.setWrapText(true);
        box.getChildren().add(blurb);
        for (String line : AboutFacts.runtime()) box.getChildren().add(new Label(line));

        box.getChildren().add(heading("Libraries in the jar"));
        GridPane libs = grid();
        int row = 0;
        for (AboutFacts.Library l : AboutFacts.LIBRARIES) {
            libs.addRow(row++, new Label(l.name() + " " + l.version()), muted(l.licence()));
        }
        box.getChildren().add(libs);

        box.getChildren().add(heading("Bundled data"));
        GridPane data = grid();
        row = 0;
        for (AboutFacts.Data dt : AboutFacts.bundledData()) {
            Label source = muted(dt.source());
            source.setWrapText(true);
            data.addRow(row++, new Label(dt.name()), new Label(dt.licence()), source);
        }
        box.getChildren().add(data);
        Label generated = muted("The generated datasets (spiral, xor, moons, sin, …) are made by the program and need no licence.");
        generated.setWrapText(true);
        box.getChildren().add(generated);

        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText("About Activation Workbench: versions and licences");
        return scroll;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(3);
        return g;
    }
}
