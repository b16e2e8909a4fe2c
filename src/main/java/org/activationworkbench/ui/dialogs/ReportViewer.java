package org.activationworkbench.ui.dialogs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.model.Stylesheets;

/**
 * A study's report inside the app, no browser needed: report.md formatted as GitHub shows it, its figures in place,
 * then under "Other figures" any PNG of the report's folder the report does not show itself, so none is lost.
 */
public final class ReportViewer {

    private final Stage stage = new Stage();
    final MarkdownView view;
    /** The folder's PNGs that report.md does not show; appended at the end. */
    final List<Path> otherFigures = new ArrayList<>();

    /** @param opener shows a file or web URI in the desktop's default app; null when there is none (links stay text) */
    public ReportViewer(Window owner, Path report, Consumer<String> opener) {
        if (owner != null) stage.initOwner(owner);
        Path folder = report.toAbsolutePath().getParent();
        stage.setTitle(folder.getFileName() + " — " + report.getFileName());
        view = new MarkdownView(folder, opener);
        VBox page = new VBox(view);
        page.getStyleClass().add("md-page");
        try {
            view.append(Files.readString(report, StandardCharsets.UTF_8));
            for (Path png : pngs(folder)) {
                if (!view.images().contains(png.toAbsolutePath().normalize())) otherFigures.add(png);
            }
            if (!otherFigures.isEmpty()) view.append(otherFiguresDocument(otherFigures));
        } catch (IOException e) {
            Label failed = new Label("Could not read " + report + ": " + WorkbenchViewModel.userMessage(e));
            failed.getStyleClass().add("error-text");
            failed.setWrapText(true);
            page.getChildren().setAll(failed);
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("md-scroll");
        Scene scene = Dialogs.scene(scroll, MarkdownView.MAX_IMAGE_WIDTH + 120, 800);
        Stylesheets.follow(scene, owner);
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

    /** Built as a tree rather than as markdown text, so no file name needs escaping. */
    private static Document otherFiguresDocument(List<Path> pngs) {
        Document doc = new Document();
        Heading heading = new Heading();
        heading.setLevel(2);
        heading.appendChild(new Text("Other figures"));
        doc.appendChild(heading);
        for (Path png : pngs) {
            String name = png.getFileName().toString();
            Image image = new Image(relativeUri(name), null);
            image.appendChild(new Text(name));
            Paragraph figure = new Paragraph();
            figure.appendChild(image);
            Emphasis caption = new Emphasis();
            caption.appendChild(new Text(name));
            Paragraph captionLine = new Paragraph();
            captionLine.appendChild(caption);
            doc.appendChild(figure);
            doc.appendChild(captionLine);
        }
        return doc;
    }

    /** The name as a relative URI, so that a '%' or a space in it survives MarkdownView's decoding. */
    private static String relativeUri(String name) {
        try {
            return new URI(null, null, name, null).getRawPath();
        } catch (URISyntaxException e) {
            return name;
        }
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
