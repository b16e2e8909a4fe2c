package org.activationworkbench.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST: "fashion-mnist" uses the full 60,000/10,000 set from the Debian package dataset-fashion-mnist
 * when it is installed, else the bundled stratified subset; "fashion-mnist-small" always uses the subset.
 */
record FashionMnistSource(String name, boolean preferSystemCopy) implements DatasetSource {

    static final Path SYSTEM_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    static final String BUNDLED_DIR = "fashion-mnist-small";
    static final List<String> CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
            "Shirt", "Sneaker", "Bag", "Ankle boot");
    static final String SOURCE = "Zalando Research, https://github.com/zalandoresearch/fashion-mnist";
    static final String LICENSE = "MIT";

    @Override
    public DatasetInfo info() {
        IdxImageSet.Folder folder = folder();
        int[] sizes = IdxImageSet.sizes(folder);
        int[] dims = IdxReader.readDims(folder.require(IdxImageSet.TRAIN_IMAGES));
        return new DatasetInfo(name, Task.CLASSIFICATION, dims[1] * dims[2], CLASSES.size(), sizes[0], sizes[1],
                SOURCE, LICENSE, description(folder));
    }

    @Override
    public Dataset load(DataOptions options) {
        IdxImageSet.Folder folder = folder();
        return IdxImageSet.load(folder, name, description(folder), CLASSES, SOURCE, LICENSE);
    }

    private IdxImageSet.Folder folder() {
        if (preferSystemCopy) {
            IdxImageSet.Folder system = IdxImageSet.Folder.of(SYSTEM_DIR);
            if (system.complete()) return system;
        }
        return IdxImageSet.Folder.bundled(BUNDLED_DIR);
    }

    private String description(IdxImageSet.Folder folder) {
        String what = "28×28 greyscale photos of clothing, 10 classes (fixed train/test split); ";
        if (folder.label().equals(SYSTEM_DIR.toString())) {
            return what + "full set, 60,000 train / 10,000 test, from " + SYSTEM_DIR;
        }
        String fallback = preferSystemCopy ? " (" + SYSTEM_DIR + " not found; install dataset-fashion-mnist for the full set)" : "";
        return what + "bundled stratified subset, 10,000 train / 2,000 test" + fallback;
    }
}
