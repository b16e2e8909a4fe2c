package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.activationworkbench.experiment.EpochRunner;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 4 of the hostile-input issue: an --out that cannot be written is found before any training, a link is
 * followed (the link stays), a device or pipe is written through (it stays a device), a folder or block device is
 * refused, and a command never writes over its own input.
 */
class OutputTargetTest {

    @TempDir
    Path dir;

    private Path awb;

    @BeforeEach
    void saveARun() throws IOException {
        EpochRunner r = new EpochRunner(new Experiment(TestRuns.spiral("bspline", 1)));
        r.runEpoch();
        awb = dir.resolve("s.awb");
        WorkbenchFile.save(awb, SavedSession.capture(r));
    }

    @Test
    void anOutUnderProcFailsBeforeAnyTraining() {
        CliTest.Result r = run("train", "--dataset", "spiral", "--family", "relu", "--epochs", "50",
                "--out", "/proc/no-such-thing/run");
        assertUserError(r, "--out /proc/no-such-thing/run cannot be written");
        assertEquals("", r.out(), "nothing was loaded or trained");
    }

    @Test
    void anOutBelowARegularFileFailsBeforeAnyTraining() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliTest.Result r = run("train", "--dataset", "spiral", "--family", "relu", "--out", file.resolve("run").toString());
        assertUserError(r, "cannot be written: " + file + " is a file, not a folder");
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void anOutInAFolderWithoutWritePermissionFailsBeforeAnyTraining() throws Exception {
        var bound = CliProcess.boundByFilePermissions();
        assumeTrue(bound.isPresent(), "running as root without setpriv: permissions cannot be made to apply");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            CliTest.Result r = CliProcess.run(bound.get(), java.util.List.of(), "train", "--dataset", "spiral",
                    "--family", "relu", "--out", locked.resolve("run").toString());
            assertUserError(r, "cannot be written: permission denied in the folder " + locked);
            assertEquals("", r.out());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void exportThroughALinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        CliTest.Result r = run("export", "--run", awb.toString(), "--what", "loss", "--format", "csv", "--out", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real).startsWith("step,epoch,seconds"), "the file it points to has the table");
    }

    @Test
    void exportIntoANamedPipeWritesThroughAndLeavesThePipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliTest.Result r = run("export", "--run", awb.toString(), "--what", "loss", "--format", "csv", "--out", fifo.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(new String(read.get(30, TimeUnit.SECONDS)).startsWith("step,epoch,seconds"));
        assertEquals("p", kind(fifo), "still a named pipe");
    }

    @Test
    void exportOntoACharacterDeviceWritesThroughAndLeavesTheDevice() throws Exception {
        // a node like /dev/null (character device 1:3) made in the test's own folder, so no real device is at stake
        Path nul = dir.resolve("null");
        assumeTrue(CliProcess.root() && new ProcessBuilder("mknod", nul.toString(), "c", "1", "3").start().waitFor() == 0,
                "mknod needs root");
        CliTest.Result r = run("export", "--run", awb.toString(), "--what", "loss", "--format", "png", "--out", nul.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("c", kind(nul), "still a character device");
    }

    @Test
    void exportOntoABlockDeviceOrAFolderIsRefused() throws Exception {
        CliTest.Result folder = run("export", "--run", awb.toString(), "--what", "loss", "--format", "png", "--out", dir.toString());
        assertUserError(folder, "is a folder");
        Path block = dir.resolve("block");
        assumeTrue(CliProcess.root() && new ProcessBuilder("mknod", block.toString(), "b", "7", "250").start().waitFor() == 0,
                "mknod needs root");
        CliTest.Result r = run("export", "--run", awb.toString(), "--what", "loss", "--format", "png", "--out", block.toString());
        assertUserError(r, block + ": it is a block device; only files, character devices and pipes are written");
        assertEquals("b", kind(block));
    }

    @Test
    void exportNeverWritesOverItsOwnInput() throws IOException {
        byte[] before = Files.readAllBytes(awb);
        CliTest.Result r = run("export", "--run", awb.toString(), "--what", "activations", "--format", "png",
                "--out", awb.toString());
        assertUserError(r, "--out " + awb + " is " + awb + ", which --run reads; writing there would destroy it");
        assertArrayEquals(before, Files.readAllBytes(awb));
        Path link = Files.createSymbolicLink(dir.resolve("alias.awb"), awb.getFileName());
        assertUserError(run("export", "--run", awb.toString(), "--what", "loss", "--format", "png", "--out",
                link.toString()), "which --run reads");
        assertArrayEquals(before, Files.readAllBytes(awb));
    }

    @Test
    void exportNeverWritesOverTheFilesOfItsRunFolder() throws IOException {
        Path run = dir.resolve("run");
        assertEquals(0, run("train", "--dataset", "xor", "--family", "relu", "--hidden", "4", "--epochs", "1",
                "--out", run.toString()).code());
        byte[] model = Files.readAllBytes(run.resolve("model.json"));
        CliTest.Result r = run("export", "--run", run.toString(), "--what", "numbers", "--format", "json",
                "--out", run.resolve("model.json").toString());
        assertUserError(r, "which --run reads");
        assertArrayEquals(model, Files.readAllBytes(run.resolve("model.json")));
    }

    /** "c", "b", "p", "d", "-" as ls shows the file type (links not followed). */
    private static String kind(Path p) throws IOException {
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return switch (mode & 0170000) {
            case 0020000 -> "c";
            case 0060000 -> "b";
            case 0010000 -> "p";
            case 0040000 -> "d";
            default -> "-";
        };
    }
}
