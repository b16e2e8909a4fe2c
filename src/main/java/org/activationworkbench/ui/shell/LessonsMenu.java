package org.activationworkbench.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activationworkbench.core.NumberText;
import org.activationworkbench.io.AtomicFiles;
import org.activationworkbench.lesson.BundledLessons;
import org.activationworkbench.lesson.Lesson;
import org.activationworkbench.lesson.LessonDraft;
import org.activationworkbench.lesson.LessonReader;
import org.activationworkbench.lesson.Panel;
import org.activationworkbench.live.TrainerState;
import org.activationworkbench.ui.model.Banner;
import org.activationworkbench.ui.model.LessonViewModel;
import org.activationworkbench.ui.model.WorkbenchViewModel;

/**
 * The Lessons menu: the bundled lessons, "Open lesson…", and author mode ("Save as lesson…", "Add step here"). A
 * lesson that cannot be read or checked becomes one banner message naming its file and line; the run stays as it
 * was. Opening a lesson over a run that has trained asks first, as a preset does.
 */
public final class LessonsMenu {

    private final WorkbenchViewModel vm;
    private final LessonViewModel player;
    private final Supplier<Window> owner;
    private final Predicate<String> confirm;
    private final Map<Panel, Node> parts;
    private final MenuItem addStep = new MenuItem("Add step here");
    /** The lesson being written in author mode and its file, or null. */
    private LessonDraft draft;
    private Path draftFile;
    private org.activationworkbench.ui.panels.LessonPlayerPanel panel;

    LessonsMenu(Menu menu, WorkbenchViewModel vm, LessonViewModel player, Supplier<Window> owner,
                Predicate<String> confirm, Map<Panel, Node> parts) {
        this.vm = vm;
        this.player = player;
        this.owner = owner;
        this.confirm = confirm;
        this.parts = parts;
        for (String name : BundledLessons.names()) {
            Lesson l = BundledLessons.load(name);
            MenuItem item = new MenuItem(l.title() + " (" + l.steps().size() + " steps)");
            item.setId("lesson-" + name);
            item.setOnAction(e -> openBundled(name));
            menu.getItems().add(item);
        }
        MenuItem open = new MenuItem("Open lesson…");
        open.setOnAction(e -> openWithDialog());
        MenuItem save = new MenuItem("Save as lesson…");
        save.setOnAction(e -> saveWithDialog());
        addStep.setOnAction(e -> addStepWithDialog());
        addStep.setDisable(true);
        menu.getItems().addAll(new SeparatorMenuItem(), open, new SeparatorMenuItem(), save, addStep);
    }

    /**
     * Builds the player, puts it at the window's right and fills the menu. {@code parts} are the window's parts a
     * step may show or hide; {@code gallery} the activation panels (highlight and enlarge).
     */
    static LessonsMenu install(Menu menu, WorkbenchViewModel vm, javafx.scene.layout.BorderPane root,
                               Map<Panel, Node> parts, org.activationworkbench.ui.panels.ActivationGallery gallery,
                               Node curves, Node data, Supplier<Window> owner, Predicate<String> confirm) {
        LessonViewModel player = new LessonViewModel(vm, java.util.concurrent.ForkJoinPool.commonPool());
        org.activationworkbench.ui.panels.LessonPlayerPanel panel = new org.activationworkbench.ui.panels.LessonPlayerPanel(player);
        Map<org.activationworkbench.lesson.Highlight.Target, Node> targets = new java.util.EnumMap<>(
                org.activationworkbench.lesson.Highlight.Target.class);
        targets.put(org.activationworkbench.lesson.Highlight.Target.LAYER, gallery);
        targets.put(org.activationworkbench.lesson.Highlight.Target.TRAJECTORY, gallery);
        targets.put(org.activationworkbench.lesson.Highlight.Target.COEFFICIENTS, gallery);
        targets.put(org.activationworkbench.lesson.Highlight.Target.CURVES, curves);
        targets.put(org.activationworkbench.lesson.Highlight.Target.DATA, data);
        panel.attach(parts, targets, gallery::enlargeLayer);
        root.setRight(panel);
        LessonsMenu m = new LessonsMenu(menu, vm, player, owner, confirm, parts);
        m.panel = panel;
        return m;
    }

    public LessonViewModel player() {
        return player;
    }

    public org.activationworkbench.ui.panels.LessonPlayerPanel panel() {
        return panel;
    }

    public CompletableFuture<String> openBundled(String name) {
        return open(() -> BundledLessons.load(name));
    }

    /** Opens a lesson file; completes with null when its first step is in place, else with the problem. */
    public CompletableFuture<String> open(Path file) {
        return open(() -> {
            try {
                return LessonReader.read(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        });
    }

    private CompletableFuture<String> open(Supplier<Lesson> reader) {
        TrainerState s = vm.state();
        if (s != null && s.snapshot().step() > 0 && !player.active()
                && !confirm.test("Opening a lesson starts a new run.")) {
            return CompletableFuture.completedFuture("cancelled");
        }
        return player.open(reader).thenApply(problem -> {
            if (problem != null) vm.banner.set(Banner.error("Could not open the lesson: " + problem));
            return problem;
        });
    }

    private void openWithDialog() {
        FileChooser c = chooser("Open a lesson");
        var f = c.showOpenDialog(owner.get());
        if (f != null) open(f.toPath());
    }

    // ---- author mode -----------------------------------------------------------------------------------

    /**
     * Writes the run's experiment as a lesson with one step (ends on Next, shows what the window shows now) and
     * keeps it as the lesson "Add step here" extends.
     */
    public void saveAsLesson(Path file, String title) throws IOException {
        if (vm.run() == null) throw new IllegalStateException("there is no run to save as a lesson");
        LessonDraft d = LessonDraft.of(title, vm.run().config(), step("The experiment", describeRun(), 0));
        AtomicFiles.writeString(file, d.yaml());
        draft = d;
        draftFile = file;
        addStep.setDisable(false);
    }

    /** Appends a step that starts here: the step before it ends after the steps trained since it began. */
    public void addStepHere(String title) throws IOException {
        if (draft == null) throw new IllegalStateException("save the experiment as a lesson first");
        TrainerState s = vm.state();
        long at = s == null ? 0 : s.snapshot().step();
        draft.add(step(title, describeMoment(s), at));
        AtomicFiles.writeString(draftFile, draft.yaml());
    }

    public Path draftFile() {
        return draftFile;
    }

    private LessonDraft.StepDraft step(String title, String text, long at) {
        Set<Panel> show = EnumSet.noneOf(Panel.class);
        Set<Panel> hide = EnumSet.noneOf(Panel.class);
        for (Map.Entry<Panel, Node> e : parts.entrySet()) (e.getValue().isVisible() ? show : hide).add(e.getKey());
        return new LessonDraft.StepDraft(title, text, show, hide, "next", at);
    }

    private String describeRun() {
        var c = vm.run().config();
        return "The " + c.dataset() + " data, " + c.activation().family() + " activations, hidden layers "
                + c.hidden().toString().replaceAll("[\\[\\] ]", "") + ", procedure " + c.procedure().name() + ".";
    }

    private static String describeMoment(TrainerState s) {
        if (s == null) return "The run before training.";
        var m = s.snapshot().metrics();
        String text = "Epoch " + NumberText.compact(Math.round(s.snapshot().epoch() * 100) / 100.0);
        if (m != null && Double.isFinite(m.testLoss())) text += ": test loss " + NumberText.sig3(m.testLoss());
        if (m != null && Double.isFinite(m.testAccuracy())) {
            text += String.format(Locale.ROOT, ", test accuracy %.1f %%", 100 * m.testAccuracy());
        }
        return text + ".";
    }

    private void saveWithDialog() {
        if (vm.run() == null) return;
        FileChooser c = chooser("Save as lesson");
        c.setInitialFileName("my-lesson.yaml");
        var f = c.showSaveDialog(owner.get());
        if (f == null) return;
        String title = ask("Lesson title", "The lesson's title, as the menu and the player show it:",
                vm.run().config().dataset() + " with " + vm.run().config().activation().family());
        if (title == null) return;
        try {
            saveAsLesson(f.toPath(), title);
            vm.banner.set(Banner.info("Saved the lesson " + f + ". Train, then Lessons → Add step here."));
        } catch (IOException | RuntimeException e) {
            vm.banner.set(Banner.error("Could not save the lesson: " + WorkbenchViewModel.userMessage(e)));
        }
    }

    private void addStepWithDialog() {
        String title = ask("Add step here", "The new step's title:", "Step " + (draft.size() + 1));
        if (title == null) return;
        try {
            addStepHere(title);
            vm.banner.set(Banner.info("Added step " + draft.size() + " to " + draftFile + "."));
        } catch (IOException | RuntimeException e) {
            vm.banner.set(Banner.error("Could not add the step: " + WorkbenchViewModel.userMessage(e)));
        }
    }

    private String ask(String header, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setHeaderText(header);
        d.setContentText(prompt);
        return d.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lessons (*.yaml)", "*.yaml", "*.yml"));
        return c;
    }
}
