package org.activationworkbench.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.activationworkbench.study.Studies;
import org.activationworkbench.study.Study;
import org.activationworkbench.ui.dialogs.ReportViewer;
import org.activationworkbench.ui.dialogs.StudyDialog;
import org.activationworkbench.ui.model.StudyDialogModel;

/** The Studies menu: one item per study (its title, its claim as tooltip); each opens a {@link StudyDialog}. */
public final class StudiesMenu {

    private final Supplier<Window> owner;
    private StudyDialog open;
    /** Shows a file or web URI in the desktop's default app (the app sets it from HostServices); null: none. */
    Consumer<String> opener;

    StudiesMenu(Menu menu, Supplier<Window> owner) {
        this.owner = owner;
        for (Study s : Studies.all()) {
            Label label = new Label(s.title() + "…");
            Tooltip tip = new Tooltip(s.name() + ": " + StudyDialogModel.CLAIMS.getOrDefault(s.name(), s.title()));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            label.setTooltip(tip);
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setId("study-" + s.name());
            item.setUserData(s.name());
            item.setOnAction(e -> open(s.name()));
            menu.getItems().add(item);
        }
    }

    /** Opens the dialog of that study; a dialog with a run going is brought to the front instead of replaced. */
    public StudyDialog open(String name) {
        if (open != null && open.model.running()) {
            open.stage().toFront();
            return open;
        }
        open = new StudyDialog(owner.get(), new StudyDialogModel(name, StudyDialogModel.defaultBaseDir()), opener);
        open.show();
        return open;
    }

    /** The report viewer on any report.md, e.g. one of docs/studies. */
    public ReportViewer openReport(Path report) {
        ReportViewer v = new ReportViewer(owner.get(), report, opener);
        v.show();
        return v;
    }
}
