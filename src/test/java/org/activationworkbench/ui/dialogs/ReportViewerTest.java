package org.activationworkbench.ui.dialogs;

import static org.activationworkbench.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The report viewer on a folder like a study's: report.md formatted, the folder's other PNGs after it. */
@ExtendWith(ApplicationExtension.class)
class ReportViewerTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1000, 900));
        stage.show();
    }

    private void png(String name) throws Exception {
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", dir.resolve(name).toFile());
    }

    private ReportViewer open(Path report) throws Exception {
        return fx(() -> {
            ReportViewer v = new ReportViewer(null, report, null);
            v.show();
            return v;
        });
    }

    @Test
    void onlyThePngsTheReportDoesNotShowAreAppended() throws Exception {
        png("shown.png");
        png("extra figure.png");
        Files.writeString(dir.resolve("report.md"), "# Study\n\n![Shown](shown.png)\n\n![Gone](gone.png)\n");
        ReportViewer v = open(dir.resolve("report.md"));
        assertEquals(List.of(dir.resolve("extra figure.png")), v.otherFigures);
        List<Node> images = List.copyOf(v.view.lookupAll(".md-image"));
        assertEquals(2, images.size(), "shown.png once, then the extra figure; not shown.png again");
        assertEquals("Shown", ((ImageView) images.get(0)).getAccessibleText());
        assertEquals("extra figure.png", ((ImageView) images.get(1)).getAccessibleText());
        TextFlow heading = (TextFlow) v.view.lookupAll(".md-h2").iterator().next();
        assertEquals("Other figures", ((Text) heading.getChildren().get(0)).getText());
        assertTrue(((Label) v.view.lookup(".md-missing")).getText().contains("gone.png"));
        fx(() -> {
            v.stage().close();
            return null;
        });
    }

    @Test
    void aReportThatCannotBeReadIsOneMessageNamingTheFile() throws Exception {
        Path report = dir.resolve("nowhere").resolve("report.md");
        ReportViewer v = open(report);
        Label message = (Label) v.stage().getScene().getRoot().lookup(".error-text");
        assertTrue(message.getText().startsWith("Could not read " + report), message.getText());
        assertTrue(v.view.getChildren().isEmpty());
        fx(() -> {
            v.stage().close();
            return null;
        });
    }
}
