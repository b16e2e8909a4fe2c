package org.activationworkbench.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** At launch, when the last session did not end cleanly: offers its autosaved work back (Recover / Discard). */
final class RecoveryPrompt {

    private RecoveryPrompt() {
    }

    /** True to recover, false to discard. */
    static boolean ask(Path recoveryFile) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The workbench was not closed normally" + when(recoveryFile)
                + ". Its autosaved run can be opened again; discarding deletes it.", recover, discard);
        a.setHeaderText("Recover the unsaved work?");
        a.setTitle("Recover");
        return a.showAndWait().filter(b -> b == recover).isPresent();
    }

    private static String when(Path f) {
        try {
            FileTime t = Files.getLastModifiedTime(f);
            return " (last autosave " + DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH)
                    .withZone(ZoneId.systemDefault()).format(t.toInstant()) + ")";
        } catch (IOException e) {
            return "";
        }
    }
}
