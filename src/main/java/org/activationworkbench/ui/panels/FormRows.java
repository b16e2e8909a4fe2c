package org.activationworkbench.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.layout.GridPane;
import org.activationworkbench.experiment.Setting;
import org.activationworkbench.ui.model.ExperimentForm;

/**
 * The rows of one grid of the experiment form, made from the schema's settings: each shown only while it means
 * something for the draft (momentum with SGD, tv2 with the tv2 procedure, …), all refreshed when the draft changes.
 */
final class FormRows {

    private final List<OptionRow> rows = new ArrayList<>();
    private final List<Setting> settings = new ArrayList<>();
    private final ExperimentForm form;
    private final Predicate<Setting> shown;

    /**
     * @param grid     where the rows go, in the schema's order
     * @param form     the form they edit
     * @param settings the settings to offer
     * @param shown    an extra condition on showing a row, besides the setting applying to the draft
     * @param refused  receives the message when a value is refused
     * @param onLive   runs after a live setting (a learning rate) was taken
     */
    FormRows(GridPane grid, ExperimentForm form, List<Setting> settings, Predicate<Setting> shown,
             Consumer<String> refused, Runnable onLive) {
        this.form = form;
        this.shown = shown;
        for (Setting s : settings) {
            OptionRow row = OptionRow.of(s.option(), () -> form.value(s), v -> {
                var why = form.set(s, v);
                if (why.isEmpty() && s.live()) onLive.run();
                return why;
            }, refused);
            row.addTo(grid);
            rows.add(row);
            this.settings.add(s);
        }
        form.draft.addListener((o, a, c) -> refresh());
        refresh();
    }

    void refresh() {
        if (form.config() == null) return;
        for (int i = 0; i < rows.size(); i++) {
            Setting s = settings.get(i);
            rows.get(i).setShown(form.applies(s) && shown.test(s));
            rows.get(i).refresh();
        }
    }

    /** The row of a setting (tests and the focus order reach controls through it). */
    OptionRow row(String name) {
        for (int i = 0; i < settings.size(); i++) {
            if (settings.get(i).name().equals(name)) return rows.get(i);
        }
        throw new IllegalArgumentException("no row " + name);
    }
}
