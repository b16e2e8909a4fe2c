package org.activationworkbench.ui.shell;

import static org.activationworkbench.ui.FxWait.fx;
import static org.activationworkbench.ui.FxWait.waitFor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationworkbench.experiment.Snapshot;
import org.activationworkbench.lesson.Lesson;
import org.activationworkbench.lesson.LessonReader;
import org.activationworkbench.ui.TestWindow;
import org.activationworkbench.ui.model.LessonViewModel;
import org.activationworkbench.ui.model.WorkbenchViewModel;
import org.activationworkbench.ui.panels.LessonPlayerPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lesson player in the window: steps in order with Next and the Right key, the answer on Reveal, Back to the
 * exact run a step started from, a broken file as one message with the run untouched, and author mode's file
 * opening again.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {

    static final String LESSON = """
            lesson: Four steps
            experiment:
              dataset: sin
              family: dyn
              hidden: 4
              seed: 3
            steps:
              - title: Look first
                text: Nothing trains yet.
                question: What will happen?
                answer: The curve bends.
                hide: [form]
                highlight: data
                until: next
              - title: Train three epochs
                text: Watch.
                speed: max
                until: 3 epochs
              - title: Stop and think
                text: The run waits here.
                until: next
              - title: Two more
                text: Train on.
                speed: max
                until: 2 epochs
            """;

    private WorkbenchViewModel vm;
    private WorkbenchController controller;
    private LessonViewModel player;
    private LessonPlayerPanel panel;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow w = TestWindow.show(stage);
        vm = w.vm();
        controller = w.controller();
        player = controller.lessons.player();
        panel = controller.lessons.panel();
    }

    /** A small run in the window, as a teacher has before opening a lesson. */
    private void aRun() throws Exception {
        var built = fx(() -> vm.apply(org.activationworkbench.experiment.ExperimentRecipe.of("sin", "relu")));
        assertTrue(built.get(60, TimeUnit.SECONDS));
        waitFor(() -> vm.state() != null);
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }

    private Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private void open(Path f) throws Exception {
        String problem = fx(() -> controller.lessons.open(f)).get(60, TimeUnit.SECONDS);
        assertNull(problem);
        waitFor(() -> !player.busy.get());
    }

    private void awaitStepEnd() throws Exception {
        waitFor(60, () -> !player.busy.get() && player.stepEnded());
    }

    private static double[] params(Snapshot s) {
        return s.layers().get(0).params().clone();
    }

    @Test
    void nextToTheEndWithRevealAndKeys(@TempDir Path dir, FxRobot robot) throws Exception {
        open(write(dir, "four.yaml", LESSON));
        assertEquals("Step 1 of 4", panel.counterText());
        assertEquals("Look first", panel.stepTitleText());
        assertTrue(panel.isVisible());
        assertFalse(controller.experiment.isVisible(), "step 1 hides the form");
        assertTrue(controller.dataView.getStyleClass().contains("lesson-highlight"), "step 1 highlights the data");
        assertFalse(panel.answerShowing());
        robot.clickOn("#lessonReveal");
        assertTrue(panel.answerShowing());
        assertEquals("Answer: The curve bends.", panel.answerText());

        robot.type(KeyCode.RIGHT);
        waitFor(() -> player.index.get() == 1);
        awaitStepEnd();
        assertEquals("Step 2 of 4", panel.counterText());
        assertFalse(panel.answerShowing(), "a new step starts with its answer hidden");
        assertEquals(3.0, vm.state().snapshot().epoch(), 1e-9, "the step stops exactly at its condition");
        assertTrue(player.status.get().startsWith("Ended at epoch 3"), player.status.get());

        robot.clickOn("#lessonNext");
        waitFor(() -> player.index.get() == 2 && !player.busy.get());
        double[] atStep3 = params(vm.state().snapshot());
        long stepAtStep3 = vm.state().snapshot().step();
        robot.type(KeyCode.RIGHT);
        waitFor(() -> player.index.get() == 3);
        awaitStepEnd();
        assertEquals(5.0, vm.state().snapshot().epoch(), 1e-9);
        assertTrue(fx(() -> panel.lookupAll("#lessonNext").iterator().next().isDisabled()), "Next ends at the last step");

        robot.type(KeyCode.LEFT);
        waitFor(() -> player.index.get() == 2 && !player.busy.get());
        assertEquals("Stop and think", panel.stepTitleText());
        assertEquals(stepAtStep3, vm.state().snapshot().step(), "Back returns to the step's starting snapshot");
        assertArrayEquals(atStep3, params(vm.state().snapshot()), "with the parameters it had then");
        assertFalse(vm.state().playing());
    }

    @Test
    void brokenLessonIsOneMessageAndTheRunStays(@TempDir Path dir) throws Exception {
        aRun();
        fx(() -> vm.step());
        waitFor(() -> vm.state().snapshot().step() == 1);
        var runBefore = vm.run();
        Path f = write(dir, "broken.yaml", LESSON.replace("until: 3 epochs", "until: 3 epoks"));
        String problem = fx(() -> controller.lessons.open(f)).get(60, TimeUnit.SECONDS);
        assertTrue(problem.startsWith(f + ":18:14:"), problem);
        assertTrue(vm.banner.get().text().contains(f + ":18:14:"), vm.banner.get().text());
        assertFalse(player.active());
        assertFalse(panel.isVisible());
        assertSame(runBefore, vm.run(), "the run stays as it was");
        assertEquals(1, vm.state().snapshot().step());
    }

    @Test
    void authorModeWritesALessonThatOpensAgain(@TempDir Path dir) throws Exception {
        aRun();
        Path f = dir.resolve("mine.yaml");
        fx(() -> {
            try {
                controller.lessons.saveAsLesson(f, "My lesson");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 5; i++) fx(() -> vm.step());
        waitFor(() -> vm.state().snapshot().step() == 5);
        fx(() -> {
            try {
                controller.lessons.addStepHere("After five steps");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Lesson written = LessonReader.read(f);
        assertEquals(2, written.steps().size());
        assertEquals("5 steps", written.steps().get(0).untilText());
        open(f);
        assertEquals("Step 1 of 2", panel.counterText());
        fx(() -> player.next());
        waitFor(() -> player.index.get() == 1 && !player.busy.get());
        assertEquals("After five steps", panel.stepTitleText());
    }

    @Test
    void aConditionThatAlreadyHoldsEndsTheStepAtOnceAsLessonCheckDoes(@TempDir Path dir) throws Exception {
        open(write(dir, "held.yaml", """
                lesson: Held
                experiment: {dataset: sin, family: dyn, hidden: 4, seed: 3}
                steps:
                  - {title: Train, text: Two epochs., speed: max, until: 2 epochs}
                  - {title: Already, text: Holds here., until: epoch >= 1}
                """));
        awaitStepEnd();
        fx(() -> player.next());
        waitFor(() -> player.index.get() == 1);
        awaitStepEnd();
        assertTrue(player.status.get().startsWith("Ended at once"), player.status.get());
        assertEquals(2.0, vm.state().snapshot().epoch(), 1e-9, "the run did not train on");
    }

    @Test
    void aBundledLessonOpensFromTheMenusList() throws Exception {
        String problem = fx(() -> controller.lessons.openBundled("tropical-xor")).get(60, TimeUnit.SECONDS);
        assertNull(problem);
        waitFor(() -> !player.busy.get());
        assertEquals("Step 1 of 6", panel.counterText());
        assertEquals("xor", vm.run().config().dataset());
        fx(() -> player.close());
        assertFalse(panel.isVisible());
        assertTrue(controller.experiment.isVisible(), "closing shows the hidden parts again");
    }
}
