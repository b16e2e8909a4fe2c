package org.activationworkbench.cli;

import static org.activationworkbench.cli.CliTest.assertUserError;
import static org.activationworkbench.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.activationworkbench.data.IdxImageSet;
import org.activationworkbench.experiment.Experiment;
import org.activationworkbench.experiment.TestRuns;
import org.activationworkbench.experiment.WorkbenchFile;
import org.activationworkbench.experiment.SavedSession;
import org.activationworkbench.experiment.EpochRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 1 of the hostile-input issue: input far larger than it may be (declared sizes past any array, compressed
 * data that unpacks to gigabytes, a table bigger than the heap, a grid of two billion points) ends with one
 * `error:` line saying what was too big, before the memory runs out, and nothing is written.
 */
class OversizedInputTest {

    @TempDir
    Path dir;

    @Test
    void idxDimensionsWhoseProductPassesTwoToThe31AreRefusedBeforeReading() throws IOException {
        Path idx = idxFolder();
        writeIdx(idx.resolve(IdxImageSet.TRAIN_IMAGES), new int[] {65536, 65536, 2}, new byte[16], false);
        CliTest.Result r = run("train", "--dataset", idx.toString(), "--family", "relu", "--out", dir.resolve("out").toString());
        assertUserError(r, "train-images-idx3-ubyte: the header announces 65536×65536×2 values, more than");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void gzipIdxThatUnpacksPastItsHeaderIsRefusedAtItsFirstExtraByte() throws IOException {
        Path idx = idxFolder();
        // 3 images of 2×2 announced, then 200 MB of zeros that gzip packs into a few hundred KB
        Path f = idx.resolve(IdxImageSet.TRAIN_IMAGES + ".gz");
        Files.delete(idx.resolve(IdxImageSet.TRAIN_IMAGES));
        writeIdx(f, new int[] {3, 2, 2}, new byte[12], true, 200L << 20);
        assertTrue(Files.size(f) < 2 << 20, "the bomb is small on disk");
        long t0 = System.nanoTime();
        CliTest.Result r = run("train", "--dataset", idx.toString(), "--family", "relu", "--out", dir.resolve("out").toString());
        assertUserError(r, "train-images-idx3-ubyte.gz: more bytes follow the 3×2×2 values the header announces");
        assertTrue(System.nanoTime() - t0 < 20e9, "refused without unpacking the 200 MB");
    }

    @Test
    void idxValuesThatDoNotFitTheHeapAreRefusedBeforeAllocating() throws IOException {
        assumeTrue(5L * 2_000_000_000 > Runtime.getRuntime().maxMemory(), "the heap would hold 10 GB");
        Path idx = idxFolder();
        Path f = idx.resolve(IdxImageSet.TRAIN_IMAGES + ".gz");
        Files.delete(idx.resolve(IdxImageSet.TRAIN_IMAGES));
        writeIdx(f, new int[] {20_000, 1000, 100}, new byte[1000], true);
        CliTest.Result r = run("train", "--dataset", idx.toString(), "--family", "relu", "--out", dir.resolve("out").toString());
        assertUserError(r, "train-images-idx3-ubyte.gz: its 20000×1000×100 values need");
        assertTrue(r.err().contains("-Xmx"), r.err());
    }

    @Test
    void awbEntryThatUnpacksFarPastItsPackedSizeIsRefused() throws IOException {
        Path good = dir.resolve("good.awb");
        EpochRunner runner = new EpochRunner(new Experiment(TestRuns.spiral("relu", 1)));
        runner.runEpoch();
        WorkbenchFile.save(good, SavedSession.capture(runner));
        // history.json: 300 MB of blanks before the real content is valid JSON, and packs to about 300 KB
        Path bomb = dir.resolve("bomb.awb");
        try (ZipFile in = new ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("history.json")) blanks(out, 300L << 20);
                out.write(in.getInputStream(e).readAllBytes());
                out.closeEntry();
            }
        }
        byte[] before = Files.readAllBytes(bomb);
        CliTest.Result r = run("export", "--run", bomb.toString(), "--what", "loss", "--out", dir.resolve("l.png").toString());
        assertUserError(r, "its history.json part unpacks to");
        assertTrue(r.err().contains("bomb.awb"), r.err());
        assertEquals(0, java.util.Arrays.compare(before, Files.readAllBytes(bomb)), "the input is untouched");
        assertFalse(Files.exists(dir.resolve("l.png")));
        assertEquals(0, run("export", "--run", good.toString(), "--what", "loss", "--out",
                dir.resolve("l.png").toString()).code(), "a normal file still opens");
    }

    @Test
    void aGridOfTwoBillionPointsIsRefused() {
        CliTest.Result r = run("curve", "--family", "relu", "--from", "-1", "--to", "1", "--points", "2000000000");
        assertUserError(r, "--points must be between 1 and 10000000");
        assertEquals("", r.out());
    }

    /** A table too big for the heap: the reader's OutOfMemoryError becomes one line naming the file and -Xmx. */
    @Test
    void aTableBiggerThanTheHeapEndsWithOneErrorLine() throws Exception {
        Path csv = dir.resolve("big.csv");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
            out.write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            byte[] row = "1,2\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 10_000_000; i++) out.write(row);   // 20 million cells: 80 MB as floats
        }
        CliTest.Result r = CliProcess.run(List.of(), List.of("-Xmx40m"), "train", "--dataset", csv.toString(),
                "--family", "relu", "--out", dir.resolve("out").toString());
        assertUserError(r, "big.csv: out of memory (Java's heap is 40 MB)");
        assertTrue(r.err().contains("-Xmx"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /**
     * Memory that runs out where no size was checked (batches of 65,536 points through two layers of 1024 units on a 48 MB heap): the
     * OutOfMemoryError, an Error that picocli's exception handlers never see, still ends with one line.
     */
    @Test
    void runningOutOfMemoryAnywhereEndsWithOneErrorLine() throws Exception {
        CliTest.Result r = CliProcess.run(List.of(), List.of("-Xmx48m"), "train", "--dataset", "spiral", "--samples",
                "1000000", "--hidden", "1024,1024", "--batch", "65536", "--family", "relu", "--out", dir.resolve("out").toString());
        assertUserError(r, "error: out of memory (Java's heap is 48 MB) holding the data, the network or its batches; "
                + "give Java more memory (java -Xmx");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    /** Four valid tiny IDX files (3 train, 2 test images of 2×2), plain. */
    private Path idxFolder() throws IOException {
        Path idx = Files.createDirectories(dir.resolve("idx"));
        byte[] px = new byte[12];
        writeIdx(idx.resolve(IdxImageSet.TRAIN_IMAGES), new int[] {3, 2, 2}, px, false);
        writeIdx(idx.resolve(IdxImageSet.TRAIN_LABELS), new int[] {3}, new byte[] {0, 1, 0}, false);
        writeIdx(idx.resolve(IdxImageSet.TEST_IMAGES), new int[] {2, 2, 2}, new byte[8], false);
        writeIdx(idx.resolve(IdxImageSet.TEST_LABELS), new int[] {2}, new byte[] {1, 0}, false);
        return idx;
    }

    static void writeIdx(Path f, int[] dims, byte[] data, boolean gzip) throws IOException {
        writeIdx(f, dims, data, gzip, 0);
    }

    /** An unsigned-byte IDX file: the header for {@code dims}, then {@code data}, then {@code extraZeros} zeros. */
    static void writeIdx(Path f, int[] dims, byte[] data, boolean gzip, long extraZeros) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(4 + 4 * dims.length);
        header.put(new byte[] {0, 0, 8, (byte) dims.length});
        for (int d : dims) header.putInt(d);
        try (OutputStream raw = Files.newOutputStream(f);
             OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            out.write(header.array());
            out.write(data);
            byte[] zeros = new byte[1 << 16];
            for (long left = extraZeros; left > 0; left -= zeros.length) out.write(zeros, 0, (int) Math.min(left, zeros.length));
        }
    }

    private static void blanks(OutputStream out, long n) throws IOException {
        byte[] b = new byte[1 << 16];
        java.util.Arrays.fill(b, (byte) ' ');
        for (long left = n; left > 0; left -= b.length) out.write(b, 0, (int) Math.min(left, b.length));
    }
}
