package org.activationworkbench.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The workbench window. (A minimal stage until the full workbench view lands.) */
public final class WorkbenchApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label title = new Label("Activation Workbench");
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Label hint = new Label("The interactive workbench is on its way. Meanwhile every feature runs headless:\n"
                + "java -jar target/activation-workbench.jar --help");
        VBox root = new VBox(12, title, hint);
        root.setPadding(new Insets(24));
        stage.setTitle("Activation Workbench");
        stage.setScene(new Scene(root, 640, 240));
        stage.show();
    }
}
