package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 5 of the hostile-input issue: a `train` killed with SIGKILL over an existing run folder leaves the old run
 * or the complete new one, never a mix; what the killed process left is cleaned up by the next reader; and
 * `export` refuses a folder that is incomplete or mixes two runs.
 */
class RunFolderKillTest {

    private static final List<String> NEW_RUN = List.of("train", "--dataset", "spiral", "--samples", "250", "--batch",
            "200", "--family", "bspline", "--sharing", "neuron", "--hidden", "16,16", "--epochs", "60", "--every-epoch",
            "--seed", "1", "--out");

    @TempDir
    Path dir;

    /** When the new run is killed. */
    private enum Moment { TRAINING, WRITING_BEGINS, WRITING, COMMIT }

    /**
     * Kills the new run at four moments: during training, as its files begin to be written, a little later while
     * they are written (a few megabytes), and the instant its commit begins (the old run.json is gone). After each
     * kill the folder must open as one run, every file matching run.json's list, with nothing of the killed
     * process left: the old run when the commit had not begun, the new one when it had.
     */
    @Test
    void trainKilledAtAnyMomentLeavesTheOldRunOrTheNewOne() throws Exception {
        Path folder = dir.resolve("run");
        for (Moment m : Moment.values()) {
            oldRun(folder);
            Process p = CliProcess.builder(List.of(), List.of(), args(folder)).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("log.txt").toFile()).start();
            try {
                switch (m) {
                    case TRAINING -> Thread.sleep(1500);   // nothing of the new run exists yet
                    case WRITING_BEGINS -> waitFor(p, () -> staging(folder));
                    case WRITING -> {
                        waitFor(p, () -> staging(folder));
                        Thread.sleep(300);
                    }
                    case COMMIT -> waitFor(p, () -> staging(folder) && !Files.exists(folder.resolve("run.json")));
                }
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            } finally {
                p.destroyForcibly();
            }
            CliTest.Result r = run("export", "--run", folder.toString(), "--what", "loss", "--format", "csv",
                    "--out", dir.resolve("loss.csv").toString());
            assertEquals(0, r.code(), "killed at " + m + "; export: " + r.err());
            long seed = assertOneCompleteRun(folder);
            if (m == Moment.TRAINING || m == Moment.WRITING_BEGINS) assertEquals(0, seed, m + ": the old run");
            if (m == Moment.COMMIT) assertEquals(1, seed, m + ": the commit had begun, so the new run");
        }
    }

    @Test
    void exportRefusesAFolderWithoutItsRunJson() throws IOException {
        Path folder = dir.resolve("run");
        oldRun(folder);
        Files.delete(folder.resolve("run.json"));
        CliTest.Result r = run("export", "--run", folder.toString(), "--what", "loss", "--out", dir.resolve("l.png").toString());
        assertUserError(r, folder + " is not a complete run folder: run.json is missing (train was stopped while "
                + "writing, or the folder was not written by train); run train again");
        assertFalse(Files.exists(dir.resolve("l.png")));
    }

    @Test
    void exportRefusesAFolderThatMixesTwoRuns() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        oldRun(a);
        assertEquals(0, run("train", "--dataset", "xor", "--family", "relu", "--hidden", "4", "--epochs", "3", "--seed",
                "5", "--out", b.toString()).code());
        Files.copy(b.resolve("metrics.csv"), a.resolve("metrics.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliTest.Result r = run("export", "--run", a.toString(), "--what", "loss", "--out", dir.resolve("l.png").toString());
        assertUserError(r, a + " mixes two runs: metrics.csv is not the one run.json lists");
    }

    private static List<String> args(Path folder) {
        List<String> a = new java.util.ArrayList<>(NEW_RUN);
        a.add(folder.toString());
        return a;
    }

    /** The run the new one replaces: xor, seed 0, written in-process. */
    private static void oldRun(Path folder) {
        CliTest.Result r = run("train", "--dataset", "xor", "--family", "bspline", "--hidden", "4", "--epochs", "3",
                "--seed", "0", "--out", folder.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** Polls (every 1 ms, at most three minutes) until the condition holds or the process has ended. */
    private static void waitFor(Process p, Check done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && p.isAlive() && !done.holds()) Thread.sleep(1);
    }

    private interface Check {
        boolean holds() throws IOException;
    }

    /** True while the new run's files are being written (its staging folder exists). */
    private static boolean staging(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(f -> f.getFileName().toString().startsWith(".staging-"));
        }
    }

    /** Every file run.json lists is there with its size and SHA-256, nothing is staged; returns the run's seed. */
    private static long assertOneCompleteRun(Path folder) throws IOException {
        JsonNode run = new ObjectMapper().readTree(folder.resolve("run.json").toFile());
        JsonNode files = run.path("files");
        assertTrue(files.size() >= 9, "run.json lists the run's files: " + files);
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            Path p = folder.resolve(f.getKey());
            assertEquals(f.getValue().path("bytes").asLong(), Files.size(p), f.getKey());
            assertEquals(f.getValue().path("sha256").asText(), sha256(p), f.getKey() + " belongs to this run");
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<String> stray = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".staging-") || n.endsWith(".tmp")).toList();
            assertEquals(List.of(), stray, "nothing of the killed process is left");
        }
        return run.path("config").path("training").path("seed").asLong();
    }

    private static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
