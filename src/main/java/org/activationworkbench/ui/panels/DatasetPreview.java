package org.activationworkbench.ui.panels;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.activationworkbench.data.Dataset;
import org.activationworkbench.data.Split;
import org.activationworkbench.plot.DataPlot;
import org.activationworkbench.plot.Theme;
import org.activationworkbench.ui.plot.PlotCanvas;

/** A glance at a dataset: its points (1-/2-D), a few of its images, or the head of its table. */
final class DatasetPreview {

    private static final int IMAGES = 8;
    private static final int HEAD_ROWS = 6;
    private static final int HEAD_COLUMNS = 6;

    private DatasetPreview() {
    }

    static Node of(Dataset d, Supplier<Theme> theme) {
        if (DataPlot.supports(d)) {
            PlotCanvas c = new PlotCanvas(theme);
            c.setPrefSize(260, 200);
            c.show(new DataPlot("", d, null, false));
            return c;
        }
        int side = (int) Math.round(Math.sqrt(d.inputs()));
        if (images(d)) return images(d.train(), side, d);
        return head(d);
    }

    /** Square single-channel images of at least 8×8 (what conv blocks accept). */
    static boolean images(Dataset d) {
        int side = (int) Math.round(Math.sqrt(d.inputs()));
        return side * side == d.inputs() && side >= 8;
    }

    private static Node images(Split s, int side, Dataset d) {
        FlowPane pane = new FlowPane(4, 4);
        int scale = side <= 8 ? 4 : 2;
        for (int k = 0; k < Math.min(IMAGES, s.rows()); k++) {
            WritableImage img = new WritableImage(side * scale, side * scale);
            PixelWriter w = img.getPixelWriter();
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < side * side; i++) {
                lo = Math.min(lo, s.x()[k * d.inputs() + i]);
                hi = Math.max(hi, s.x()[k * d.inputs() + i]);
            }
            for (int i = 0; i < side * side; i++) {
                double v = (s.x()[k * d.inputs() + i] - lo) / Math.max(1e-9, hi - lo);
                int g = (int) Math.round(255 * (1 - v));   // dark ink on a light ground
                int argb = 0xff000000 | (g << 16) | (g << 8) | g;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) w.setArgb((i % side) * scale + dx, (i / side) * scale + dy, argb);
                }
            }
            ImageView view = new ImageView(img);
            String label = s.labels() != null && s.labels()[k] < d.classNames().size()
                    ? d.classNames().get(s.labels()[k]) : "";
            javafx.scene.control.Tooltip.install(view, new javafx.scene.control.Tooltip(label));
            pane.getChildren().add(view);
        }
        return pane;
    }

    /** The first rows of a table (standardised values, as the network sees them). */
    private static Node head(Dataset d) {
        TableView<String[]> table = new TableView<>();
        int cols = Math.min(HEAD_COLUMNS, d.inputs());
        for (int c = 0; c < cols; c++) {
            final int col = c;
            String name = c < d.featureNames().size() ? d.featureNames().get(c) : "x" + (c + 1);
            TableColumn<String[], String> tc = new TableColumn<>(name);
            tc.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue()[col]));
            tc.setPrefWidth(56);
            table.getColumns().add(tc);
        }
        TableColumn<String[], String> target = new TableColumn<>("target");
        target.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue()[cols]));
        table.getColumns().add(target);
        Split s = d.train();
        var items = FXCollections.<String[]>observableArrayList();
        for (int r = 0; r < Math.min(HEAD_ROWS, s.rows()); r++) {
            String[] row = new String[cols + 1];
            for (int c = 0; c < cols; c++) row[c] = String.format(Locale.ROOT, "%.2f", s.x()[r * d.inputs() + c]);
            row[cols] = s.labels() != null
                    ? (s.labels()[r] < d.classNames().size() ? d.classNames().get(s.labels()[r]) : "" + s.labels()[r])
                    : String.format(Locale.ROOT, "%.3g", s.targets()[r * d.outputs()]);
            items.add(row);
        }
        table.setItems(items);
        table.setPrefHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label note = new Label("standardised values" + (d.inputs() > cols ? ", first " + cols + " of " + d.inputs()
                + " columns" : ""));
        note.getStyleClass().add("muted");
        return new javafx.scene.layout.VBox(4, table, note);
    }
}
