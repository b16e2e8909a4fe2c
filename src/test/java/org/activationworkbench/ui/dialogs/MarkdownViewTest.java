package org.activationworkbench.ui.dialogs;

import static org.activationworkbench.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.activationworkbench.ui.model.Appearance;
import org.activationworkbench.ui.model.Stylesheets;

/** Markdown to JavaFX nodes, headless on Monocle, styled by the app's stylesheet: asserted on the nodes drawn. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

    private static final String REPORT = """
            # Depth study

            The **claim** holds *sometimes*, see `results.csv`.

            - first point
            - second point
              1. nested one
              2. nested two

            | family | accuracy |
            |---|---:|
            | relu | 96.7 % |
            | dyn(mish) | 10.0 % |

            ![Accuracy against depth](present.png)

            ![Gone](missing.png)
            """;

    @TempDir
    Path dir;
    private final StackPane holder = new StackPane();

    @Start
    void start(Stage stage) {
        holder.setAlignment(Pos.TOP_LEFT);
        Scene scene = new Scene(holder, 1000, 900);
        Stylesheets.apply(scene, new Appearance());
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void figure() throws Exception {
        ImageIO.write(new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("present.png").toFile());
    }

    /**
     * The markdown drawn in the test window (CSS applied and laid out), given that width as a window would. (Resizing
     * the stage itself upsets Monocle's headless pixel buffers.)
     */
    private MarkdownView show(String markdown, Consumer<String> opener, double width) throws Exception {
        return fx(() -> {
            MarkdownView v = new MarkdownView(dir, opener);
            v.append(markdown);
            holder.getChildren().setAll(v);
            v.setMaxWidth(width);
            return v;
        });
    }

    private static void resize(MarkdownView v, double width) throws Exception {
        fx(() -> {
            v.setMaxWidth(width);
            return null;
        });
    }

    private static String text(TextFlow flow) {
        return flow.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .collect(Collectors.joining());
    }

    private static List<Text> texts(Parent p, String style) {
        return p.lookupAll("." + style).stream().filter(n -> n instanceof Text).map(n -> (Text) n).toList();
    }

    @Test
    void headingsAndInlineStylesAreDistinct() throws Exception {
        MarkdownView v = show(REPORT, null, 1000);
        TextFlow h1 = (TextFlow) v.getChildren().get(0);
        assertTrue(h1.getStyleClass().contains("md-h1"));
        assertEquals("Depth study", text(h1));
        TextFlow p = (TextFlow) v.getChildren().get(1);
        assertEquals("The claim holds sometimes, see results.csv.", text(p));
        Text bold = texts(v, "md-strong").get(0);
        assertEquals("claim", bold.getText());
        Text plain = (Text) p.getChildren().get(0);
        assertEquals(FontWeight.BOLD, weight(bold), "**claim** is drawn bold");
        assertEquals(FontWeight.NORMAL, weight(plain));
        assertTrue(((Text) h1.getChildren().get(0)).getFont().getSize() > plain.getFont().getSize() * 1.5,
                "the heading is much larger than the text");
        String slant = texts(v, "md-emph").get(0).getFont().getStyle().toLowerCase();
        assertTrue(slant.contains("italic") || slant.contains("oblique"), "*sometimes* is slanted: " + slant);
        Text code = texts(v, "md-code").get(0);
        assertEquals("results.csv", code.getText());
        assertTrue(code.getFont().getFamily().contains("Mono"), code.getFont().getFamily());
    }

    private static FontWeight weight(Text t) {
        return t.getFont().getStyle().toLowerCase().contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }

    @Test
    void listsAreNumberedAndNested() throws Exception {
        MarkdownView v = show(REPORT, null, 1000);
        VBox list = (VBox) v.getChildren().get(2);
        assertEquals(2, list.getChildren().size());
        HBox second = (HBox) list.getChildren().get(1);
        assertEquals("•", ((Label) second.getChildren().get(0)).getText());
        VBox body = (VBox) second.getChildren().get(1);
        assertEquals("second point", text((TextFlow) body.getChildren().get(0)));
        VBox nested = (VBox) body.getChildren().get(1);
        List<String> markers = nested.getChildren().stream()
                .map(row -> ((Label) ((HBox) row).getChildren().get(0)).getText()).toList();
        assertEquals(List.of("1.", "2."), markers);
    }

    @Test
    void theTableHasItsCellsBoldHeaderAndRightAlignedColumn() throws Exception {
        MarkdownView v = show(REPORT, null, 1000);
        GridPane grid = (GridPane) ((ScrollPane) v.getChildren().get(3)).getContent();
        assertTrue(grid.getStyleClass().contains("md-table"));
        List<List<String>> rows = new ArrayList<>();
        for (Node n : grid.getChildren()) {
            int r = GridPane.getRowIndex(n), c = GridPane.getColumnIndex(n);
            while (rows.size() <= r) rows.add(new ArrayList<>());
            rows.get(r).add(c, text((TextFlow) n));
        }
        assertEquals(List.of(List.of("family", "accuracy"), List.of("relu", "96.7 %"), List.of("dyn(mish)", "10.0 %")),
                rows);
        TextFlow header = cell(grid, 0, 0);
        assertTrue(header.getStyleClass().contains("md-th"));
        assertEquals(FontWeight.BOLD, weight((Text) header.getChildren().get(0)), "header row bold");
        assertEquals(FontWeight.NORMAL, weight((Text) cell(grid, 1, 0).getChildren().get(0)));
        assertEquals(TextAlignment.LEFT, cell(grid, 1, 0).getTextAlignment());
        assertEquals(TextAlignment.RIGHT, cell(grid, 1, 1).getTextAlignment(), "---: is right aligned");
        // drawn right aligned: the numbers of one column end at the same x although the header is wider
        double[] rightEdges = new double[3];
        for (int r = 0; r < 3; r++) {
            TextFlow c = cell(grid, r, 1);
            rightEdges[r] = c.localToScene(c.getChildren().get(0).getBoundsInParent()).getMaxX();
        }
        assertEquals(rightEdges[1], rightEdges[2], 1.0);
        assertEquals(rightEdges[0], rightEdges[1], 1.0);
        assertTrue(cell(grid, 2, 0).getStyleClass().contains("md-stripe"), "every second body row is shaded");
    }

    private static TextFlow cell(GridPane grid, int row, int column) {
        return (TextFlow) grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) == column)
                .findFirst().orElseThrow();
    }

    @Test
    void aPresentImageIsScaledToFitAndAMissingOneIsNamed() throws Exception {
        MarkdownView v = show(REPORT, null, 1000);
        List<Node> images = new ArrayList<>(v.lookupAll(".md-image"));
        assertEquals(1, images.size());
        ImageView image = (ImageView) images.get(0);
        assertEquals(1200, image.getImage().getWidth());
        assertEquals(MarkdownView.MAX_IMAGE_WIDTH, image.getFitWidth(), 0.5, "wider than 820: scaled down to 820");
        assertEquals("Accuracy against depth", image.getAccessibleText());
        Label missing = (Label) v.lookup(".md-missing");
        assertNotNull(missing, "a missing image is a label");
        assertTrue(missing.getText().contains("missing.png"), missing.getText());
        assertEquals(Set.of(dir.resolve("present.png"), dir.resolve("missing.png")), v.images());

        resize(v, 500);
        assertTrue(image.getFitWidth() <= 500, "narrower window, smaller image: " + image.getFitWidth());
    }

    @Test
    void textWrapsWithTheWindowWidth() throws Exception {
        String para = "word ".repeat(200);
        MarkdownView v = show(para, null, 400);
        TextFlow flow = (TextFlow) v.getChildren().get(0);
        double lineHeight = ((Text) flow.getChildren().get(0)).getFont().getSize();
        assertTrue(flow.getWidth() <= 400, "the paragraph is no wider than the window: " + flow.getWidth());
        assertTrue(flow.getHeight() > 10 * lineHeight, "so it wraps onto many lines: " + flow.getHeight());
        double narrow = flow.getHeight();
        resize(v, 900);
        assertTrue(flow.getHeight() < narrow * 0.6, "wider window, fewer lines: " + flow.getHeight() + " vs " + narrow);
    }

    @Test
    void linksOpenThroughTheOpenerAndAMissingFileStaysText() throws Exception {
        List<String> opened = new ArrayList<>();
        MarkdownView v = show("[the figure](present.png), [site](https://example.org) and [table](nope.csv)",
                opened::add, 1000);
        List<Text> links = texts(v, "md-link");
        assertEquals(List.of("the figure", "site"), links.stream().map(Text::getText).toList());
        click(links.get(0));
        click(links.get(1));
        assertEquals(List.of(dir.resolve("present.png").toUri().toString(), "https://example.org"), opened);
        Text missing = texts(v, "md-text").stream().filter(t -> t.getText().equals("table")).findFirst().orElseThrow();
        assertTrue(tooltip(missing).getText().startsWith("Not found: "), tooltip(missing).getText());
        assertTrue(tooltip(missing).getText().endsWith("nope.csv"));
    }

    @Test
    void withoutAnOpenerLinksArePlainTextWithTheirPathAsTooltip() throws Exception {
        MarkdownView v = show("Numbers in [`results.csv`](present.png).", null, 1000);
        assertTrue(texts(v, "md-link").isEmpty());
        Text link = texts(v, "md-code").get(0);
        assertEquals(dir.resolve("present.png").toString(), tooltip(link).getText());
    }

    @Test
    void anOpenerThatFailsOnlyChangesTheTooltip() throws Exception {
        MarkdownView v = show("[the figure](present.png)", uri -> {
            throw new IllegalStateException("no desktop");
        }, 1000);
        Text link = texts(v, "md-link").get(0);
        click(link);
        assertTrue(tooltip(link).getText().startsWith("Could not open"), tooltip(link).getText());
    }

    private static void click(Node n) throws Exception {
        fx(() -> {
            Event.fireEvent(n, new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, true, null));
            return null;
        });
    }

    /** Tooltip.install keeps the tooltip in the node's properties under this key. */
    private static Tooltip tooltip(Node n) {
        Tooltip t = (Tooltip) n.getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(t, "a tooltip on " + n);
        return t;
    }

    @Test
    void blockQuotesAndCodeBlocksGetTheirBoxes() throws Exception {
        MarkdownView v = show("> quoted **words**\n\n```\nint x = 1;\n```\n", null, 1000);
        VBox quote = (VBox) v.getChildren().get(0);
        assertTrue(quote.getStyleClass().contains("md-quote"));
        assertEquals("quoted words", text((TextFlow) quote.getChildren().get(0)));
        Label code = (Label) ((ScrollPane) v.getChildren().get(1)).getContent();
        assertEquals("int x = 1;", code.getText());
        assertTrue(code.getFont().getFamily().contains("Mono"), code.getFont().getFamily());
        assertFalse(code.getText().endsWith("\n"));
    }
}
