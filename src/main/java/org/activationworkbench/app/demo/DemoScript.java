package org.activationworkbench.app.demo;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.activationworkbench.activation.ActivationSpec;
import org.activationworkbench.experiment.ExperimentRecipe;
import org.activationworkbench.export.RunExporter;
import org.activationworkbench.ui.dialogs.CompareView;
import org.activationworkbench.ui.dialogs.ExportDialog;
import org.activationworkbench.ui.dialogs.ReportViewer;
import org.activationworkbench.ui.dialogs.StudyDialog;
import org.activationworkbench.experiment.Preset;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.shell.StartupScript;
import org.activationworkbench.ui.shell.WorkbenchController;

/**
 * Drives the window for README screenshots and demos, from system properties:
 * {@code -Dworkbench.demo=PRESET} (a preset name, or "startup"), optional {@code workbench.dataset},
 * {@code workbench.family}, {@code workbench.hidden=64,64}, {@code workbench.theme=dark}, {@code workbench.presentation=true},
 * {@code workbench.play=SECONDS}, {@code workbench.speed=STEPS_PER_SECOND} (default: the preset's pace),
 * {@code workbench.pause=false} (the screenshot shows the run still playing), {@code workbench.focus=true},
 * {@code workbench.drawer=true} (projector mode's form drawer open), {@code workbench.open=whatisthis} (the first
 * panel, or {@code workbench.panel=N}, enlarged with "What is this?" on), {@code workbench.optimizer} and
 * {@code workbench.lr} (sgd and 50 make a divergence), {@code workbench.screenshot=FILE.png} and
 * {@code workbench.exit=true}. {@code workbench.open=compare} (families from {@code workbench.compare=a,b,c},
 * seeds from {@code workbench.seeds}, epochs from {@code workbench.epochs}, parameters matched with
 * {@code workbench.matchParams=true}) or {@code workbench.open=export} opens
 * that window after playing, and the screenshot is of it; with {@code workbench.export=gif} (or png, svg) the export
 * dialog starts writing the evolution in that format ({@code workbench.frames} frames) to {@code workbench.exportTo}
 * (default: a file in the temporary folder), so the screenshot shows its progress. {@code workbench.open=studies}
 * opens the Studies dialog of {@code workbench.study} (default spline-procedures); with
 * {@code workbench.studyrun=quick} it runs that study at quick size first, and with {@code workbench.report=true}
 * the screenshot is of the report viewer. {@code workbench.report=PATH} (a report.md; {@code workbench.demo} may
 * then be left out) opens the report viewer on that file, and the screenshot is of it. {@code workbench.import=FILE}
 * opens the Import CSV dialog on that file (ticking the columns in {@code workbench.ignore=a,b} under Ignore), and
 * the screenshot is of it.
 */
public record DemoScript(String preset, String dataset, String family, int[] hidden, boolean dark, double seconds,
                  String screenshot, boolean exit, double speed) implements StartupScript {

    public static DemoScript fromSystemProperties() {
        String preset = System.getProperty("workbench.demo", reportFile() != null ? "startup" : null);
        if (preset == null) return null;
        String hidden = System.getProperty("workbench.hidden");
        return new DemoScript(preset, System.getProperty("workbench.dataset"), System.getProperty("workbench.family"),
                hidden == null ? null : Arrays.stream(hidden.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray(),
                "dark".equals(System.getProperty("workbench.theme")),
                Double.parseDouble(System.getProperty("workbench.play", "0")),
                System.getProperty("workbench.screenshot"), Boolean.getBoolean("workbench.exit"),
                Double.parseDouble(System.getProperty("workbench.speed", "NaN")));
    }

    @Override
    public ExperimentRecipe recipe(ExperimentRecipe startup) {
        ExperimentRecipe r = Preset.find(preset).map(Preset::recipe).orElse(startup);
        // another dataset or family starts from its own defaults (a large dataset's batch and rate, say)
        if (dataset != null) r = new ExperimentRecipe(dataset, Map.of("family", r.given().get("family")));
        if (family != null) r = new ExperimentRecipe(r.dataset(), Map.of("family", family));
        if (hidden != null) r = r.with("hidden", Arrays.stream(hidden).boxed().toList());
        // a divergence to show: -Dworkbench.optimizer=sgd -Dworkbench.lr=50
        if (System.getProperty("workbench.optimizer") != null) r = r.with("optimizer", System.getProperty("workbench.optimizer"));
        if (System.getProperty("workbench.lr") != null) r = r.with("lr", Double.parseDouble(System.getProperty("workbench.lr")));
        return r;
    }

    @Override
    public void run(WorkbenchViewModel vm, Scene scene) {
        vm.appearance.dark.set(dark);
        vm.appearance.presentation.set(Boolean.getBoolean("workbench.presentation"));
        vm.appearance.focus.set(Boolean.getBoolean("workbench.focus"));
        vm.appearance.drawerOpen.set(Boolean.getBoolean("workbench.drawer"));
        // the preset's own pace and hint, unless the demo changed its experiment or set a speed
        if (dataset == null && family == null && hidden == null) {
            vm.pace(Preset.find(preset).orElse(Preset.startup()));
        }
        if (!Double.isNaN(speed)) vm.speed.set(speed);
        if (seconds > 0) vm.play();
        PauseTransition wait = new PauseTransition(Duration.seconds(Math.max(0.5, seconds)));
        wait.setOnFinished(e -> {
            if (seconds > 0) {
                var st = vm.state();
                if (st != null && st.trainingSeconds() > 0) {
                    long batch = vm.run().config().training().batch();
                    System.out.printf(java.util.Locale.ROOT, "window: %d steps in %.2f s of training, %.0f samples/s%n",
                            st.snapshot().step(), st.trainingSeconds(),
                            st.snapshot().step() * batch / st.trainingSeconds());
                }
                if (!"false".equals(System.getProperty("workbench.pause"))) vm.pause();
            }
            String open = System.getProperty("workbench.open", "");
            WorkbenchController c = (WorkbenchController) scene.getUserData();
            if ("compare".equals(open)) {
                c.onCompare();
                CompareView cv = c.compareView();
                cv.tick(List.of(System.getProperty("workbench.compare", "relu,bspline").split(",")));
                cv.seeds.getValueFactory().setValue(Integer.getInteger("workbench.seeds", 3));
                cv.epochs.getValueFactory().setValue(Integer.getInteger("workbench.epochs", 20));
                cv.matchParameters.setSelected(Boolean.getBoolean("workbench.matchParams"));
                cv.start().thenAccept(ok -> finish(cv.stage().getScene()));
            } else if ("whatisthis".equals(open)) {
                openWhatIsThis(scene);
            } else if ("export".equals(open)) {
                c.openExport(RunExporter.What.EVOLUTION).thenAccept(d -> {
                    startExport(d);
                    finish(d.stage().getScene());
                });
            } else if ("studies".equals(open)) {
                openStudy(c.studies.open(System.getProperty("workbench.study", "spline-procedures")));
            } else if (System.getProperty("workbench.import") != null) {
                openImport(c, scene);
            } else if (reportFile() != null) {
                finish(c.studies.openReport(reportFile()).stage().getScene());
            } else {
                finish(scene);
            }
        });
        wait.play();
    }

    /** The first panel enlarged with "What is this?" on; the screenshot is of it once the reading is drawn. */
    private void openWhatIsThis(Scene main) {
        var gallery = (org.activationworkbench.ui.panels.ActivationGallery) main.getRoot().lookup(".gallery");
        var focus = gallery == null ? null : gallery.enlarge(0, Integer.getInteger("workbench.panel", 0));
        if (focus == null) {
            finish(main);
            return;
        }
        focus.whatIsThis().toggle.setSelected(true);
        PauseTransition read = new PauseTransition(Duration.seconds(3));
        read.setOnFinished(e -> finish(focus.stage().getScene()));
        read.play();
    }

    /** {@code workbench.report} as a file; "true" instead asks for the report of the quick study run. */
    private static Path reportFile() {
        String report = System.getProperty("workbench.report");
        return report == null || report.equals("true") || report.equals("false") ? null : Path.of(report);
    }

    private static void startExport(ExportDialog d) {
        String format = System.getProperty("workbench.export");
        if (format == null) return;
        d.format.setValue(RunExporter.Format.valueOf(format.toUpperCase(Locale.ROOT)));
        d.frames.getValueFactory().setValue(Integer.getInteger("workbench.frames", d.frames.getValue()));
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"),
                "workbench-demo-evolution." + format.toLowerCase(Locale.ROOT));
        d.exportTo(Path.of(System.getProperty("workbench.exportTo", temporary.toString())));
    }

    /** The Import CSV dialog on {@code workbench.import}, with the columns in {@code workbench.ignore} ticked. */
    private void openImport(WorkbenchController c, Scene main) {
        c.experimentController.openDataset(Path.of(System.getProperty("workbench.import"))).thenAccept(d -> {
            if (d == null) {
                finish(main);
                return;
            }
            for (String col : System.getProperty("workbench.ignore", "").split(",")) {
                if (d.ignore.containsKey(col)) d.ignore.get(col).setSelected(true);
            }
            // the check runs a moment after the last change; the screenshot shows its verdict
            PauseTransition checked = new PauseTransition(Duration.seconds(1));
            checked.setOnFinished(e -> finish(d.stage().getScene()));
            checked.play();
        });
    }

    private void openStudy(StudyDialog d) {
        if (!"quick".equals(System.getProperty("workbench.studyrun"))) {
            finish(d.stage().getScene());
            return;
        }
        d.model.start();
        d.model.state().addListener((o, a, s) -> {
            if (d.model.running()) return;
            ReportViewer v = Boolean.getBoolean("workbench.report") ? d.openReport() : null;
            finish(v != null ? v.stage().getScene() : d.stage().getScene());
        });
    }

    private void finish(Scene shown) {
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(e2 -> {
            if (screenshot != null) save(shown, new File(screenshot));
            if (exit) Platform.exit();
        });
        settle.play();
    }

    private static void save(Scene scene, File file) {
        try {
            var image = scene.snapshot(null);
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
            System.out.println("screenshot: " + file);
        } catch (Exception ex) {
            System.err.println("error: could not save the screenshot " + file + ": " + ex.getMessage());
        }
    }
}
