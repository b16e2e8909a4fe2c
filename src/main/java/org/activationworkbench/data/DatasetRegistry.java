package org.activationworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationworkbench.io.FileKinds;

/**
 * Every dataset the workbench knows by name (generated and bundled), plus loading a CSV file or an IDX
 * directory by path.
 */
public final class DatasetRegistry {

    private static final String UCI = "UCI Machine Learning Repository, via scikit-learn";
    private static final List<DatasetSource> BUNDLED_CSV = List.of(
            new BundledCsvSource("iris", "iris.csv", "Fisher's iris flowers, 4 measurements, 3 species",
                    UCI + " (https://archive.ics.uci.edu/dataset/53/iris)", "CC BY 4.0"),
            new BundledCsvSource("wine", "wine.csv", "wine chemistry, 13 measurements, 3 cultivars",
                    UCI + " (https://archive.ics.uci.edu/dataset/109/wine)", "CC BY 4.0"),
            new BundledCsvSource("breast-cancer", "breast-cancer.csv",
                    "Wisconsin diagnostic breast cancer, 30 cell-nucleus features, malignant or benign",
                    UCI + " (https://archive.ics.uci.edu/dataset/17)", "CC BY 4.0"),
            new BundledCsvSource("diabetes", "diabetes.csv",
                    "diabetes disease progression after one year from 10 baseline measurements (raw units)",
                    "Efron, Hastie, Johnstone, Tibshirani (2004), via scikit-learn",
                    "no licence stated by the authors; redistributed in scikit-learn (BSD-3-Clause)"),
            new BundledCsvSource("digits", "digits.csv", "handwritten digits, 8×8 pixels (0–16), 10 classes",
                    UCI + " (https://archive.ics.uci.edu/dataset/80)", "CC BY 4.0", true));

    private final List<DatasetSource> sources;
    private volatile List<DatasetInfo> listing;

    public DatasetRegistry() {
        List<DatasetSource> all = new ArrayList<>();
        for (Generator g : Generators.all()) all.add(new GeneratedSource(g));
        all.addAll(BUNDLED_CSV);
        all.add(new FashionMnistSource("fashion-mnist", true));
        all.add(new FashionMnistSource("fashion-mnist-small", false));
        this.sources = List.copyOf(all);
    }

    /** The listing at default options, in catalogue order (computed once). */
    public List<DatasetInfo> list() {
        List<DatasetInfo> l = listing;
        if (l == null) {
            l = sources.stream().map(DatasetSource::info).toList();
            listing = l;
        }
        return l;
    }

    public List<String> names() {
        return sources.stream().map(DatasetSource::name).toList();
    }

    /** The generator behind a synthetic set, e.g. to plot its teacher function. */
    public Optional<Generator> generator(String name) {
        return Generators.byName(name);
    }

    /**
     * Loads a registry name, a CSV file or a directory holding the four IDX files.
     *
     * @throws DatasetException with a message for the user when it cannot
     */
    public Dataset load(String nameOrPath, DataOptions options) {
        for (DatasetSource s : sources) {
            if (s.name().equalsIgnoreCase(nameOrPath)) return s.load(options);
        }
        Path path = asPath(nameOrPath);
        FileKinds.Kind kind = FileKinds.Kind.MISSING;
        if (path != null) {
            try {
                kind = FileKinds.of(path);
            } catch (IOException e) {
                throw new DatasetException(nameOrPath + ": cannot read the dataset (" + FileKinds.reason(path, e) + ")", e);
            }
        }
        return switch (kind) {
            case DIRECTORY, REGULAR -> loadPath(path, options);
            case MISSING -> throw new DatasetException(looksLikePath(nameOrPath)
                    ? nameOrPath + ": " + FileKinds.reason(path, new NoSuchFileException(nameOrPath))
                            + "; give the path of a .csv file or of a folder of IDX files, or a dataset name (see `datasets`)"
                    : "unknown dataset '" + nameOrPath + "'; known names: " + String.join(", ", names())
                            + "; or give a path to a .csv file or a directory of IDX files");
            default -> throw new DatasetException(nameOrPath + " is " + FileKinds.describe(kind)
                    + ", not a CSV file or a folder of IDX files");
        };
    }

    /** A name with a folder separator or a file extension is meant as a path, not as a dataset name. */
    private static boolean looksLikePath(String s) {
        return s.contains("/") || s.contains(java.io.File.separator) || s.matches(".*\\.[A-Za-z0-9]{1,5}");
    }

    private Dataset loadPath(Path path, DataOptions options) {
        if (Files.isDirectory(path)) {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            return IdxImageSet.load(IdxImageSet.Folder.of(path), name, "IDX image classification set in " + path,
                    null, path.toAbsolutePath().toString(), "unknown (user data)");
        }
        return CsvDatasetReader.read(path, options);
    }

    private static Path asPath(String s) {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
