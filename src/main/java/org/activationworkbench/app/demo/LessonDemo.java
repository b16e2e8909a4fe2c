package org.activationworkbench.app.demo;

import java.io.File;
import java.util.function.BiConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.activationworkbench.ui.model.LessonViewModel;
import org.activationworkbench.ui.shell.WorkbenchController;

/**
 * Plays a bundled lesson in the window for screenshots: {@code -Dworkbench.lesson=NAME} opens it and, with
 * {@code -Dworkbench.lessonShots=DIR}, goes through every step, saving DIR/NAME-step-K.png once the step has ended
 * (a step that ends on Next after a moment to settle), with its answer revealed; then the window closes.
 */
final class LessonDemo {

    private static final double SETTLE_SECONDS = 1.5;

    private LessonDemo() {
    }

    static void run(WorkbenchController c, Scene scene, BiConsumer<Scene, File> save, Runnable done) {
        String name = System.getProperty("workbench.lesson");
        String dir = System.getProperty("workbench.lessonShots");
        c.lessons.openBundled(name).thenAccept(problem -> {
            if (problem != null || dir == null) {
                if (problem != null) System.err.println("error: " + problem);
                done.run();
                return;
            }
            LessonViewModel p = c.lessons.player();
            long[] since = {System.nanoTime()};
            int[] shot = {-1};
            Timeline tick = new Timeline();
            tick.getKeyFrames().add(new KeyFrame(Duration.millis(250), e -> {
                if (p.busy.get() || p.step() == null) {
                    since[0] = System.nanoTime();
                    return;
                }
                boolean over = p.stepEnded() || !p.step().until().automatic();
                double waited = (System.nanoTime() - since[0]) / 1e9;
                if (!over || waited < SETTLE_SECONDS) return;
                int k = p.index.get();
                if (shot[0] < k) {
                    if (p.step().question() != null) p.reveal();
                    shot[0] = k;
                    since[0] = System.nanoTime();
                    return;
                }
                save.accept(scene, new File(dir, name + "-step-" + (k + 1) + ".png"));
                System.out.println("step " + (k + 1) + ": " + p.status.get());
                if (k + 1 >= p.lesson.get().steps().size()) {
                    tick.stop();
                    done.run();
                } else {
                    p.next();
                    since[0] = System.nanoTime();
                }
            }));
            tick.setCycleCount(Timeline.INDEFINITE);
            tick.play();
        });
    }
}
