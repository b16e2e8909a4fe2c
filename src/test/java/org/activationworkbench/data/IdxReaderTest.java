package org.activationworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    @TempDir
    Path dir;

    private static final byte[] PIXELS = {0, (byte) 255, 10, 20, 30, 40, (byte) 128, 1, 2, 3, 4, 5};

    @ParameterizedTest
    @ValueSource(strings = {"images.idx3", "images.idx3.gz"})
    void readsPlainAndGzipped(String name) throws IOException {
        Path f = dir.resolve(name);
        IdxWriter.write(f, new int[] {3, 2, 2}, PIXELS);
        IdxArray a = IdxReader.read(f);
        assertArrayEquals(new int[] {3, 2, 2}, a.dims());
        assertEquals(3, a.count());
        assertEquals(4, a.itemSize());
        assertArrayEquals(PIXELS, a.data());
        assertArrayEquals(new int[] {3, 2, 2}, IdxReader.readDims(ByteSource.of(f)));
    }

    @Test
    void badMagicNamesTheFile() throws IOException {
        Path f = dir.resolve("train-labels-idx1-ubyte");
        Files.write(f, "hello, this is not IDX".getBytes());
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(f));
        assertTrue(e.getMessage().startsWith("train-labels-idx1-ubyte: bad magic number 0x68656C6C"), e.getMessage());
    }

    @Test
    void truncatedDataIsReported() throws IOException {
        Path f = dir.resolve("t10k-images-idx3-ubyte");
        IdxWriter.write(f, new int[] {3, 2, 2}, PIXELS);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length - 5));
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(f));
        assertEquals("t10k-images-idx3-ubyte: file is truncated: the header announces 3×2×2 = 12 bytes of data"
                + " but only 7 follow; download or copy the file again", e.getMessage());
    }

    @Test
    void truncatedGzipIsReported() throws IOException {
        Path f = dir.resolve("x.gz");
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 31 + i / 7);
        IdxWriter.write(f, new int[] {100, 1000}, big);
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(f));
        assertTrue(e.getMessage().startsWith("x.gz: the gzip data is truncated"), e.getMessage());
    }

    @Test
    void loadsADirectoryAsAnImageDataset() throws IOException {
        writeTinySet(dir, ".gz");
        Dataset d = new DatasetRegistry().load(dir.toString(), DataOptions.defaults());
        assertEquals(Task.CLASSIFICATION, d.task());
        assertEquals(4, d.inputs());
        assertEquals(3, d.train().rows());
        assertEquals(2, d.test().rows());
        assertEquals(List.of("0", "1", "2"), d.classNames());
        assertArrayEquals(new int[] {0, 1, 2}, d.train().labels());
        // scaled to [0, 1] before standardising: pixel 1 of the first image is 255 → 1.0
        assertEquals(1.0, rawPixel(d, 0, 1), 1e-6);
    }

    @Test
    void plainAndGzippedDirectoriesGiveTheSameChecksum() throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        writeTinySet(a, ".gz");
        writeTinySet(b, "");
        DatasetRegistry r = new DatasetRegistry();
        assertEquals(r.load(a.toString(), DataOptions.defaults()).checksum(),
                r.load(b.toString(), DataOptions.defaults()).checksum());
    }

    @Test
    void missingFileInDirectoryIsNamed() throws IOException {
        writeTinySet(dir, "");
        Files.delete(dir.resolve(IdxImageSet.TEST_LABELS));
        DatasetException e = assertThrows(DatasetException.class,
                () -> new DatasetRegistry().load(dir.toString(), DataOptions.defaults()));
        assertTrue(e.getMessage().contains("t10k-labels-idx1-ubyte[.gz] is missing"), e.getMessage());
    }

    @Test
    void labelCountMismatchIsReported() throws IOException {
        writeTinySet(dir, "");
        IdxWriter.write(dir.resolve(IdxImageSet.TRAIN_LABELS), new int[] {2}, new byte[] {0, 1});
        DatasetException e = assertThrows(DatasetException.class,
                () -> new DatasetRegistry().load(dir.toString(), DataOptions.defaults()));
        assertTrue(e.getMessage().startsWith("train-labels-idx1-ubyte: 2 labels for 3 images"), e.getMessage());
    }

    private static double rawPixel(Dataset d, int row, int j) {
        Standardisation s = d.standardisation();
        return d.train().x()[row * d.inputs() + j] * s.std()[j] + s.mean()[j];
    }

    static void writeTinySet(Path dir, String ext) throws IOException {
        IdxWriter.write(dir.resolve(IdxImageSet.TRAIN_IMAGES + ext), new int[] {3, 2, 2}, PIXELS);
        IdxWriter.write(dir.resolve(IdxImageSet.TRAIN_LABELS + ext), new int[] {3}, new byte[] {0, 1, 2});
        IdxWriter.write(dir.resolve(IdxImageSet.TEST_IMAGES + ext), new int[] {2, 2, 2}, Arrays.copyOf(PIXELS, 8));
        IdxWriter.write(dir.resolve(IdxImageSet.TEST_LABELS + ext), new int[] {2}, new byte[] {2, 0});
    }
}
