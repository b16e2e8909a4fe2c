package org.activationworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.activationworkbench.lesson.BundledLessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `lesson check`: every bundled lesson plays to its end; a broken or unreachable lesson is one `error:` line. */
class LessonCheckCliTest {

    static Stream<String> bundled() {
        return BundledLessons.names().stream();
    }

    /** This is how CI runs the bundled lessons: each one, headless, to its last step. */
    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledLessonPlaysToItsEnd(String name) {
        CliTest.Result r = CliTest.run("lesson", "check", name);
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> steps = r.out().lines().filter(l -> l.startsWith("  step ")).toList();
        assertTrue(steps.size() >= 4 && steps.size() <= 8, "4 to 8 steps: " + r.out());
        for (String s : steps) assertTrue(s.contains("passes (Next)") || s.contains("met at epoch"), s);
        assertTrue(r.out().contains("  ok: " + steps.size() + " steps"), r.out());
    }

    @Test
    void everyLessonFileIsBundledAndThereAreEight() throws Exception {
        List<String> names = BundledLessons.names();
        assertTrue(names.size() >= 8, "at least eight bundled lessons: " + names);
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
            assertEquals(onDisk, names.stream().sorted().toList(), "lessons/index.txt lists every lessons/*.yaml");
        }
    }

    @Test
    void listShowsEachLessonWithItsStepCount() {
        CliTest.Result r = CliTest.run("lesson", "list");
        assertEquals(0, r.code(), r.err());
        assertEquals(BundledLessons.names().size(), r.out().lines().count(), r.out());
        assertTrue(r.out().contains("learnable-activation"), r.out());
    }

    @Test
    void malformedFileIsOneErrorWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, "lesson: x\nexperiment:\n  dataset: sin\n  family: bsplin\nsteps:\n"
                + "  - title: a\n    text: b\n    until: next\n");
        CliTest.Result r = CliTest.run("lesson", "check", f.toString());
        CliTest.assertUserError(r, f + ":4:11: unknown family 'bsplin'");
    }

    @Test
    void conditionNeverMetWithinItsLimitIsAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("never.yaml");
        Files.writeString(f, "lesson: x\nexperiment:\n  dataset: sin\n  family: dyn\n  seed: 0\nsteps:\n"
                + "  - title: Too much\n    text: b\n    until: test loss < 0.0000001\n    max-epochs: 3\n");
        CliTest.Result r = CliTest.run("lesson", "check", f.toString());
        CliTest.assertUserError(r, f + ":9:12: step 1 'Too much': until test loss < 0.0000001: not met within 3 epochs");
        assertTrue(r.out().contains("NOT MET by epoch 3"), r.out());
    }

    @Test
    void conditionThatCanNeverHoldIsRefusedBeforePlaying(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("impossible.yaml");
        Files.writeString(f, "lesson: x\nexperiment:\n  dataset: moons\n  family: dyn\nsteps:\n"
                + "  - title: a\n    text: b\n    until: test accuracy > 95\n");
        CliTest.assertUserError(CliTest.run("lesson", "check", f.toString()), "can never be met");
    }

    @Test
    void missingFileOrNoArgument() {
        CliTest.assertUserError(CliTest.run("lesson", "check", "no-such-lesson.yaml"), "no-such-lesson.yaml");
        CliTest.assertUserError(CliTest.run("lesson", "check"), "--all");
    }
}
