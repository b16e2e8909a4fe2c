package org.activationworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Makes sample-data/fashion-mnist-small: a stratified subset of Fashion-MNIST, 1,000 train and 200 test images
 * per class, chosen with a fixed seed, kept in the original order, written in the original gzipped IDX format.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes org.activationworkbench.data.MakeFashionMnistSmall \
 *     /usr/share/datasets/fashion-mnist sample-data/fashion-mnist-small
 * </pre>
 */
public final class MakeFashionMnistSmall {

    static final long SEED = 20240611L;
    static final int TRAIN_PER_CLASS = 1000;
    static final int TEST_PER_CLASS = 200;

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist");
        Path out = Path.of(args.length > 1 ? args[1] : "sample-data/fashion-mnist-small");
        Files.createDirectories(out);
        SplittableRandom rng = new SplittableRandom(SEED);
        subset(in, out, IdxImageSet.TRAIN_IMAGES, IdxImageSet.TRAIN_LABELS, TRAIN_PER_CLASS, rng);
        subset(in, out, IdxImageSet.TEST_IMAGES, IdxImageSet.TEST_LABELS, TEST_PER_CLASS, rng);
    }

    private static void subset(Path in, Path out, String imagesName, String labelsName, int perClass,
                               SplittableRandom rng) throws IOException {
        IdxArray images = IdxReader.read(in.resolve(imagesName + ".gz"));
        IdxArray labels = IdxReader.read(in.resolve(labelsName + ".gz"));
        int[] chosen = stratifiedPick(labels.data(), perClass, rng);
        int size = images.itemSize();
        byte[] px = new byte[chosen.length * size];
        byte[] lb = new byte[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            System.arraycopy(images.data(), chosen[i] * size, px, i * size, size);
            lb[i] = labels.data()[chosen[i]];
        }
        int[] dims = images.dims().clone();
        dims[0] = chosen.length;
        IdxWriter.write(out.resolve(imagesName + ".gz"), dims, px);
        IdxWriter.write(out.resolve(labelsName + ".gz"), new int[] {chosen.length}, lb);
        System.out.println(imagesName + ": " + chosen.length + " of " + images.count());
    }

    /** perClass random rows of each class, returned in ascending (original) order. */
    private static int[] stratifiedPick(byte[] labels, int perClass, SplittableRandom rng) {
        int classes = 10;
        int[] picked = new int[classes * perClass];
        int n = 0;
        for (int c = 0; c < classes; c++) {
            int cc = c;
            int[] rows = java.util.stream.IntStream.range(0, labels.length).filter(r -> labels[r] == cc).toArray();
            Splitter.shuffle(rows, rng);
            if (rows.length < perClass) throw new IllegalStateException("class " + c + " has only " + rows.length);
            System.arraycopy(rows, 0, picked, n, perClass);
            n += perClass;
        }
        Arrays.sort(picked);
        return picked;
    }
}
