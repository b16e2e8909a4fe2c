package org.activationworkbench.data;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every dataset the workbench knows by name (generated and bundled), plus loading a CSV file or an IDX
 * directory by path.
 */
public final class DatasetRegistry {

    private final List<DatasetSource> sources;
    private volatile List<DatasetInfo> listing;

    public DatasetRegistry() {
        List<DatasetSource> all = new ArrayList<>();
        for (Generator g : Generators.all()) all.add(new GeneratedSource(g));
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
        Path path = asExistingPath(nameOrPath);
        if (path == null) {
            throw new DatasetException("unknown dataset '" + nameOrPath + "'; known names: "
                    + String.join(", ", names()) + "; or give a path to a .csv file or a directory of IDX files");
        }
        return loadPath(path, options);
    }

    private Dataset loadPath(Path path, DataOptions options) {
        if (Files.isDirectory(path)) {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            return IdxImageSet.load(IdxImageSet.Folder.of(path), name, "IDX image classification set in " + path,
                    null, path.toAbsolutePath().toString(), "unknown (user data)");
        }
        throw new DatasetException(path + ": loading files is not implemented yet");
    }

    private static Path asExistingPath(String s) {
        try {
            Path p = Path.of(s);
            return Files.exists(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
