package org.activationworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.activationworkbench.lesson.BundledLessons;
import org.activationworkbench.lesson.Lesson;
import org.activationworkbench.lesson.LessonPlayer;
import org.activationworkbench.lesson.LessonReader;
import org.activationworkbench.lesson.StepOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lessons on the command line: list the bundled ones, check a lesson file by playing it headless. */
@Command(name = "lesson", mixinStandardHelpOptions = true, subcommands = {LessonCommand.Check.class, LessonCommand.ListLessons.class},
        description = "Guided lessons (docs/lessons.md): check a lesson file, list the bundled lessons.")
final class LessonCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Validate lessons and play them headless to the end with the window's engine: each step's "
                    + "end condition and the epoch where it was met.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "LESSON", arity = "0..*",
                description = "Lesson files (.yaml), or names of bundled lessons (see `lesson list`).")
        List<String> lessons = new ArrayList<>();

        @Option(names = "--all", description = "Check every bundled lesson.")
        boolean all;

        @Override
        public Integer call() throws Exception {
            List<String> todo = new ArrayList<>(lessons);
            if (all) todo.addAll(BundledLessons.names());
            if (todo.isEmpty()) throw new IllegalArgumentException("name a lesson file or a bundled lesson, or give --all");
            String firstProblem = null;
            long t0 = System.nanoTime();
            for (String name : todo) {
                String problem = checkOne(name);
                if (problem != null && firstProblem == null) firstProblem = problem;
            }
            if (todo.size() > 1) {
                System.out.printf(Locale.ROOT, "%d lessons in %.1f s%n", todo.size(), (System.nanoTime() - t0) / 1e9);
            }
            if (firstProblem != null) throw new IllegalStateException(firstProblem);
            return 0;
        }

        /** Checks one lesson and prints its steps; the first problem as an error line, or null. */
        private static String checkOne(String name) throws Exception {
            Lesson lesson = read(name);
            long t0 = System.nanoTime();
            int n = lesson.steps().size();
            System.out.println(lesson.source() + ": " + lesson.title() + " (" + n + " steps)");
            try (LessonPlayer player = new LessonPlayer(lesson)) {
                List<StepOutcome> outcomes = player.playToEnd(o -> System.out.println(line(o, n)));
                StepOutcome last = outcomes.get(outcomes.size() - 1);
                if (!last.passed()) {
                    return last.step().place("until").prefix() + ": " + last.step().label() + ": until "
                            + last.step().untilText() + ": " + last.problem();
                }
            }
            System.out.printf(Locale.ROOT, "  ok: %d steps in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            return null;
        }

        private static Lesson read(String name) throws Exception {
            Path p = Path.of(name);
            if (Files.exists(p)) return LessonReader.read(p);
            if (BundledLessons.find(name).isPresent()) return BundledLessons.load(BundledLessons.find(name).get());
            throw new java.nio.file.NoSuchFileException(name + " (neither a file nor a bundled lesson: "
                    + String.join(", ", BundledLessons.names()) + ")");
        }

        static String line(StepOutcome o, int n) {
            String head = String.format(Locale.ROOT, "  step %d/%d  %-34s until %-34s", o.step().number(), n,
                    cut(o.step().title(), 34), cut(o.step().untilText(), 34));
            String what = switch (o.verdict()) {
                case WAITS_FOR_NEXT -> "passes (Next)";
                case MET -> String.format(Locale.ROOT, "met at epoch %s (step %d)", epoch(o.epoch()), o.trainingStep());
                case DIVERGED -> "DIVERGED at epoch " + epoch(o.epoch());
                case LIMIT -> "NOT MET by epoch " + epoch(o.epoch());
                default -> "FAILED";
            };
            String metrics = Double.isNaN(o.testLoss()) ? "" : String.format(Locale.ROOT, ", test loss %.4g", o.testLoss())
                    + (Double.isNaN(o.testAccuracy()) ? "" : String.format(Locale.ROOT, ", accuracy %.1f%%", 100 * o.testAccuracy()));
            return head + " " + what + metrics + String.format(Locale.ROOT, "  (%.1f s)", o.seconds());
        }

        private static String epoch(double e) {
            return e == Math.rint(e) ? String.valueOf((long) e) : String.format(Locale.ROOT, "%.2f", e);
        }

        private static String cut(String s, int n) {
            return s.length() <= n ? s : s.substring(0, n - 1) + "…";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled lessons: name, steps, title.")
    static final class ListLessons implements Callable<Integer> {
        @Override
        public Integer call() {
            for (String name : BundledLessons.names()) {
                Lesson l = BundledLessons.load(name);
                System.out.printf(Locale.ROOT, "%-24s %d steps  %s%n", name, l.steps().size(), l.title());
            }
            return 0;
        }
    }
}
