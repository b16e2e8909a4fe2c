package org.activationworkbench.data;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An MNIST-style image classification set: the four standard IDX files (each gzipped or not) in one folder,
 * with its own train/test split. Pixels are scaled to [0, 1], then standardised with training statistics.
 */
public final class IdxImageSet {

    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    public static final List<String> FILES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /** Where the four files live; finds each by its standard name, with or without ".gz". */
    public record Folder(String label, Function<String, Optional<ByteSource>> finder) {

        public static Folder of(Path dir) {
            return new Folder(dir.toString(), base -> {
                for (String n : List.of(base + ".gz", base)) {
                    Path p = dir.resolve(n);
                    if (Files.isRegularFile(p)) return Optional.of(ByteSource.of(p));
                }
                return Optional.empty();
            });
        }

        public static Folder bundled(String relativeDir) {
            return new Folder("sample-data/" + relativeDir, base -> SampleData.find(relativeDir + "/" + base + ".gz")
                    .or(() -> SampleData.find(relativeDir + "/" + base)));
        }

        ByteSource require(String base) {
            return finder.apply(base).orElseThrow(() -> new DatasetException(label + ": " + base
                    + "[.gz] is missing; an IDX dataset folder needs " + String.join(", ", FILES) + " (each may be gzipped)"));
        }

        boolean complete() {
            return FILES.stream().allMatch(f -> finder.apply(f).isPresent());
        }
    }

    private IdxImageSet() {
    }

    /**
     * Loads the folder.
     *
     * @param classNames one per class, or null to name classes by their label ("0", "1", …)
     */
    public static Dataset load(Folder folder, String name, String description, List<String> classNames,
                               String source, String license) {
        IdxArray trainImages = image(IdxReader.read(folder.require(TRAIN_IMAGES)));
        IdxArray trainLabels = labels(IdxReader.read(folder.require(TRAIN_LABELS)), trainImages);
        IdxArray testImages = image(IdxReader.read(folder.require(TEST_IMAGES)));
        IdxArray testLabels = labels(IdxReader.read(folder.require(TEST_LABELS)), testImages);
        if (testImages.dims()[1] != trainImages.dims()[1] || testImages.dims()[2] != trainImages.dims()[2]) {
            throw new DatasetException(folder.label() + ": " + testImages.name() + " holds " + testImages.dims()[1] + "×"
                    + testImages.dims()[2] + " images but " + trainImages.name() + " holds " + trainImages.dims()[1]
                    + "×" + trainImages.dims()[2] + "; both splits need the same image shape (rows × columns)");
        }
        int classes = Math.max(maxLabel(trainLabels), maxLabel(testLabels)) + 1;
        List<String> names = classNames != null ? classNames : numbered(classes);
        if (classes > names.size()) {
            throw new DatasetException(folder.label() + ": labels go up to " + (classes - 1) + " but the dataset has only "
                    + names.size() + " classes; are these the right label files?");
        }
        if (classNames == null && classes < 2) {
            throw new DatasetException(folder.label() + ": every label is 0; a classifier needs at least two classes");
        }
        DatasetMeta meta = new DatasetMeta(name, description, names, pixelNames(trainImages),
                source, license, checksum(trainImages, trainLabels, testImages, testLabels));
        return DatasetAssembler.assemble(meta, raw(trainImages, trainLabels), raw(testImages, testLabels), true);
    }

    /** Train and test sizes from the label headers alone, for listings. */
    static int[] sizes(Folder folder) {
        return new int[] {IdxReader.readDims(folder.require(TRAIN_LABELS))[0],
                IdxReader.readDims(folder.require(TEST_LABELS))[0]};
    }

    private static IdxArray image(IdxArray a) {
        if (a.dims().length != 3) {
            throw new DatasetException(a.name() + ": expected images (idx3: count × rows × columns) but the file has "
                    + a.dims().length + " dimension(s); are the file names swapped?");
        }
        return a;
    }

    private static IdxArray labels(IdxArray a, IdxArray images) {
        if (a.dims().length != 1) {
            throw new DatasetException(a.name() + ": expected labels (idx1) but the file has " + a.dims().length
                    + " dimensions; are the file names swapped?");
        }
        if (a.count() != images.count()) {
            throw new DatasetException(a.name() + ": " + a.count() + " labels for " + images.count() + " images in "
                    + images.name() + "; the two files must come from the same split");
        }
        return a;
    }

    private static int maxLabel(IdxArray labels) {
        int max = 0;
        for (byte b : labels.data()) max = Math.max(max, b & 0xFF);
        return max;
    }

    private static RawData raw(IdxArray images, IdxArray labels) {
        byte[] px = images.data();
        float[] x = new float[px.length];
        for (int i = 0; i < px.length; i++) x[i] = (px[i] & 0xFF) / 255f;
        int[] l = new int[labels.count()];
        byte[] lb = labels.data();
        for (int i = 0; i < l.length; i++) l[i] = lb[i] & 0xFF;
        return new RawData(x, l, null, images.count(), images.itemSize());
    }

    private static List<String> numbered(int classes) {
        List<String> n = new ArrayList<>();
        for (int c = 0; c < classes; c++) n.add(Integer.toString(c));
        return n;
    }

    private static List<String> pixelNames(IdxArray images) {
        int rows = images.dims()[1];
        int cols = images.dims()[2];
        List<String> n = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) n.add("pixel_" + r + "_" + c);
        }
        return n;
    }

    /** Over the decompressed contents (dimensions and values), so gzipped and plain copies agree. */
    private static String checksum(IdxArray... arrays) {
        MessageDigest md = Checksums.sha256();
        for (IdxArray a : arrays) {
            ByteBuffer dims = ByteBuffer.allocate(4 * a.dims().length);
            for (int d : a.dims()) dims.putInt(d);
            md.update(dims.array());
            md.update(a.data());
        }
        return Checksums.hex(md.digest());
    }
}
