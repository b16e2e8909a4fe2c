package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 10 of the hostile-input issue, the written part: a long `train` writes its activations and parameters at
 * no more than 200 epochs spread over the run, the first and last always among them (so the files stay bounded
 * however long the run); `--every-epoch` writes every epoch; and `export` works from either.
 */
class WrittenHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aLongRunWritesAtMost200EpochsAndEveryEpochWhenAsked() throws IOException {
        Path thinned = train("thinned");
        List<String> epochs = epochs(thinned.resolve("parameters.csv"));
        assertTrue(epochs.size() <= 200, epochs.size() + " epochs written");
        assertEquals("0", epochs.get(0));
        assertEquals("450", epochs.get(epochs.size() - 1));
        assertEquals(List.of("0", "3", "6"), epochs.subList(0, 3), "evenly spread: every third epoch of 450");
        assertEquals(epochs, epochs(thinned.resolve("activations.csv")));

        Path every = train("every", "--every-epoch");
        assertEquals(451, epochs(every.resolve("parameters.csv")).size());
        assertEquals(451, epochs(every.resolve("activations.csv")).size());

        for (Path run : List.of(thinned, every)) {
            CliTest.Result r = run("export", "--run", run.toString(), "--what", "evolution", "--view", "heatmap",
                    "--out", dir.resolve(run.getFileName() + ".png").toString());
            assertEquals(0, r.code(), r.err());
        }
    }

    private Path train(String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("train", "--dataset", "xor", "--samples", "100", "--batch",
                "100", "--family", "dyn", "--hidden", "3", "--epochs", "450", "--out", out.toString()));
        args.addAll(List.of(more));
        CliTest.Result r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    /** The distinct values of the first column, in file order. */
    private static List<String> epochs(Path csv) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            return lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList();
        }
    }
}
