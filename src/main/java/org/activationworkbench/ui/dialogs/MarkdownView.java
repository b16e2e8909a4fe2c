package org.activationworkbench.ui.dialogs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * Markdown drawn as JavaFX nodes: commonmark's tree (with GFM tables) becomes headings, wrapping text flows, lists,
 * tables, figures and code boxes, styled by the {@code md-*} classes of the stylesheets. Images and relative links
 * resolve against one folder. A link opens through the given opener (the desktop's default app); without one, or
 * when its file is missing, it stays plain text with its target as tooltip.
 */
final class MarkdownView extends VBox {

    static final double MAX_IMAGE_WIDTH = 820;
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Path folder;
    private final Consumer<String> opener;
    private final Set<Path> images = new LinkedHashSet<>();

    /** @param opener shows a URI (file or web) in the desktop's default app; null when there is none */
    MarkdownView(Path folder, Consumer<String> opener) {
        this.folder = folder.toAbsolutePath().normalize();
        this.opener = opener;
        getStyleClass().add("md-view");
    }

    void append(String markdown) {
        append(PARSER.parse(markdown));
    }

    /** Appends the blocks of a parsed (or built) commonmark document. */
    void append(Node document) {
        addBlocks(document, this);
    }

    /** Every image file the markdown refers to, found or not, as an absolute path. */
    Set<Path> images() {
        return Collections.unmodifiableSet(images);
    }

    private void addBlocks(Node parent, VBox into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Region block = block(n);
            if (block != null) into.getChildren().add(block);
        }
    }

    private Region block(Node n) {
        if (n instanceof Heading h) return styled(flow(h), "md-h" + Math.min(h.getLevel(), 4));
        if (n instanceof Paragraph p) {
            // a figure on its own line is a block, not a character in a line of text
            if (p.getFirstChild() instanceof org.commonmark.node.Image i && i.getNext() == null) return figure(i);
            return styled(flow(p), "md-p");
        }
        if (n instanceof ListBlock l) return list(l);
        if (n instanceof TableBlock t) return table(t);
        if (n instanceof BlockQuote q) {
            VBox quote = styled(new VBox(), "md-quote");
            addBlocks(q, quote);
            return quote;
        }
        if (n instanceof FencedCodeBlock c) return code(c.getLiteral());
        if (n instanceof IndentedCodeBlock c) return code(c.getLiteral());
        if (n instanceof HtmlBlock h) return code(h.getLiteral());
        if (n instanceof ThematicBreak) return styled(new Separator(), "md-rule");
        return null;   // link reference definitions and unknown extension blocks draw nothing
    }

    private TextFlow flow(Node parent) {
        TextFlow flow = styled(new TextFlow(), "md-flow");
        addInlines(parent, List.of(), flow.getChildren());
        return flow;
    }

    private void addInlines(Node parent, List<String> styles, List<javafx.scene.Node> into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) into.add(text(t.getLiteral(), styles));
            else if (n instanceof Code c) into.add(text(c.getLiteral(), with(styles, "md-code")));
            else if (n instanceof Emphasis) addInlines(n, with(styles, "md-emph"), into);
            else if (n instanceof StrongEmphasis) addInlines(n, with(styles, "md-strong"), into);
            else if (n instanceof Link l) addLink(l, styles, into);
            else if (n instanceof org.commonmark.node.Image i) into.add(figure(i));
            else if (n instanceof SoftLineBreak) into.add(text(" ", styles));
            else if (n instanceof HardLineBreak) into.add(text("\n", styles));
            else if (n instanceof HtmlInline h) into.add(text(h.getLiteral(), with(styles, "md-code")));
            else addInlines(n, styles, into);   // an extension's inline container: its text at least
        }
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return out;
    }

    private void addLink(Link link, List<String> styles, List<javafx.scene.Node> into) {
        String destination = link.getDestination();
        Path file = file(destination);
        boolean missing = file != null && !Files.exists(file);
        String document = file != null ? (missing ? null : file.toUri().toString()) : web(destination);
        boolean clickable = opener != null && document != null;
        List<javafx.scene.Node> parts = new ArrayList<>();
        addInlines(link, clickable ? with(styles, "md-link") : styles, parts);
        String where = file != null ? file.toString() : destination;
        Tooltip tip = new Tooltip(missing ? "Not found: " + where : where);
        for (javafx.scene.Node part : parts) {
            Tooltip.install(part, tip);
            if (clickable) {
                part.setCursor(Cursor.HAND);
                part.setOnMouseClicked(e -> open(document, tip));
            }
        }
        into.addAll(parts);
    }

    /** The desktop may have no app for the file: say so in the tooltip rather than let the click fail loudly. */
    private void open(String document, Tooltip tip) {
        try {
            opener.accept(document);
        } catch (RuntimeException e) {
            tip.setText("Could not open " + document + ": " + WorkbenchViewModel.userMessage(e));
        }
    }

    /** A relative destination as a file under the folder; null for a URL, an anchor or a destination that is no path. */
    private Path file(String destination) {
        if (destination.isBlank() || destination.startsWith("#")) return null;
        try {
            URI uri = new URI(destination);
            if (uri.getScheme() != null || uri.getPath() == null || uri.getPath().isEmpty()) return null;
            return folder.resolve(uri.getPath()).normalize();
        } catch (URISyntaxException e) {
            return plainPath(destination);   // e.g. an unencoded space: take it as written
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Path plainPath(String destination) {
        try {
            return folder.resolve(destination).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String web(String destination) {
        String d = destination.toLowerCase(java.util.Locale.ROOT);
        return d.startsWith("http://") || d.startsWith("https://") || d.startsWith("mailto:") ? destination : null;
    }

    /** An image scaled down to the page width (at most {@link #MAX_IMAGE_WIDTH}), or a muted line naming it. */
    private Region figure(org.commonmark.node.Image node) {
        String destination = node.getDestination();
        Path file = file(destination);
        if (file != null) images.add(file);
        Image image = file == null ? null : load(file);
        if (image == null) return styled(new Label("Missing image: " + destination), "md-missing");
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setAccessibleText(plainText(node));
        view.getStyleClass().add("md-image");
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> fitWidth(image.getWidth()), widthProperty()));
        StackPane box = styled(new StackPane(view), "md-figure");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);   // the page may get narrower than the image: it shrinks with the page, not the reverse
        return box;
    }

    private double fitWidth(double natural) {
        double limit = Math.min(MAX_IMAGE_WIDTH, natural);
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        return room > 0 ? Math.min(limit, room) : limit;
    }

    private static Image load(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = Files.newInputStream(file)) {
            Image image = new Image(in);
            return image.isError() ? null : image;
        } catch (IOException e) {
            return null;
        }
    }

    private static String plainText(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) sb.append(t.getLiteral());
            else if (n instanceof Code c) sb.append(c.getLiteral());
            else sb.append(plainText(n));
        }
        return sb.toString();
    }

    private VBox list(ListBlock list) {
        VBox box = styled(new VBox(), "md-list");
        Integer start = list instanceof OrderedList o ? o.getMarkerStartNumber() : null;
        int number = start == null ? 1 : start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = styled(new Label(list instanceof OrderedList ? number++ + "." : "•"), "md-marker");
            VBox body = styled(new VBox(), "md-item-body");
            addBlocks(item, body);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = styled(new HBox(marker, body), "md-item");
            row.setAlignment(Pos.BASELINE_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    /** A grid of text cells: the header row bold, each column aligned as the table's delimiter row says. */
    private Region table(TableBlock table) {
        GridPane grid = styled(new GridPane(), "md-table");
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node r = section.getFirstChild(); r != null; r = r.getNext(), row++) {
                int column = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext(), column++) {
                    TableCell cell = (TableCell) c;
                    TextFlow flow = flow(cell);
                    flow.getStyleClass().add(cell.isHeader() ? "md-th" : "md-td");
                    if (!cell.isHeader() && row % 2 == 0) flow.getStyleClass().add("md-stripe");
                    flow.setTextAlignment(alignment(cell.getAlignment()));
                    flow.setMinWidth(Region.USE_PREF_SIZE);   // cells keep their line; a wide table scrolls instead
                    grid.add(flow, column, row);
                }
            }
        }
        return sideways(grid);
    }

    private static TextAlignment alignment(TableCell.Alignment a) {
        if (a == TableCell.Alignment.RIGHT) return TextAlignment.RIGHT;
        if (a == TableCell.Alignment.CENTER) return TextAlignment.CENTER;
        return TextAlignment.LEFT;
    }

    private static Region code(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        Label code = styled(new Label(text), "md-code-block");
        code.setMinWidth(Region.USE_PREF_SIZE);
        code.setMaxWidth(Double.MAX_VALUE);   // the box spans the page like the text around it
        return sideways(code);
    }

    /**
     * Tables and code keep their lines: wider than the page, they scroll sideways on their own while the text around
     * them still wraps. ScrollPane leaves an as-needed bar out of its height (the bar would hide the last row), so the
     * bar is either always shown or never, by width.
     */
    private static ScrollPane sideways(Region content) {
        ScrollPane scroll = styled(new ScrollPane(content), "md-sideways");
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);   // narrower than the page, a code box still spans it; wider, its min width wins
        scroll.setVbarPolicy(ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.setMinWidth(0);
        InvalidationListener bar = o -> scroll.setHbarPolicy(
                content.prefWidth(-1) > scroll.getWidth() + 0.5 ? ScrollBarPolicy.ALWAYS : ScrollBarPolicy.NEVER);
        scroll.widthProperty().addListener(bar);
        content.widthProperty().addListener(bar);
        return scroll;
    }

    private static <T extends javafx.scene.Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }
}
