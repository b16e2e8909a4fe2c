package org.activationworkbench.ui.dialogs;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.activationworkbench.experiment.CompareSummary;
import org.activationworkbench.stats.SummaryFormat;

/**
 * The Compare window's summary table: one row per family (procedure, optimizer) with n and each final number as
 * mean ± sd across its seeds, and the 95 % interval of the test accuracy, so the spread is read beside the mean.
 */
final class CompareGroupTable {

    private final TableView<CompareSummary.GroupStats> table;
    private final TableColumn<CompareSummary.GroupStats, String> groupColumn = new TableColumn<>("family");

    CompareGroupTable(ObservableList<CompareSummary.GroupStats> groups) {
        table = new TableView<>(groups);
        groupColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().group()));
        table.getColumns().add(groupColumn);
        column("n", g -> g.n() + (g.diverged() > 0 ? " (" + g.diverged() + " diverged)" : ""),
                "Seeds of this choice; diverged runs are left out of the numbers to the right");
        column("total params", g -> String.format(Locale.ROOT, "%,d", g.totalParameters()), null);
        column("test acc %", g -> SummaryFormat.pm(g.testAccuracy(), 100, 1), "Mean ± standard deviation across seeds");
        column("test acc 95 % interval", g -> SummaryFormat.interval(g.testAccuracy(), 100, 1),
                "95 % interval of the mean (Student t, n − 1 degrees of freedom)");
        column("test loss", g -> SummaryFormat.pmSignificant(g.testLoss()), "Mean ± standard deviation across seeds");
        column("train acc %", g -> SummaryFormat.pm(g.trainAccuracy(), 100, 1),
                "On the whole training split at the end; mean ± standard deviation");
        column("s / epoch", g -> SummaryFormat.pmSignificant(g.secondsPerEpoch()), null);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No runs yet: tick a few choices and press Run."));
    }

    TableView<CompareSummary.GroupStats> view() {
        return table;
    }

    /** Names the first column after what varies ("family", "procedure", "optimizer"). */
    void setGroupName(String name) {
        groupColumn.setText(name);
    }

    private void column(String name, Function<CompareSummary.GroupStats, String> value, String tip) {
        TableColumn<CompareSummary.GroupStats, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        if (tip != null) {
            Label header = new Label(name);
            header.setTooltip(new Tooltip(tip));
            c.setText(null);
            c.setGraphic(header);
        }
        table.getColumns().add(c);
    }
}
