package org.activationworkbench.ui.model;

import java.util.List;
import org.activationworkbench.core.Version;
import org.activationworkbench.data.DatasetInfo;
import org.activationworkbench.data.DatasetRegistry;
import org.activationworkbench.nn.Blas;

/**
 * What Help ▸ About says: the version, the Java, JavaFX and BLAS the program runs on, and the licences of the
 * libraries in the jar and of the bundled data. The library list follows the runtime dependencies of pom.xml
 * (AboutFactsTest keeps the two in step); the data licences come from the dataset registry itself.
 */
public final class AboutFacts {

    /** One library (or family of artifacts under one licence) shipped in the jar. */
    public record Library(String name, String version, String licence, List<String> artifacts) {
    }

    /** One bundled dataset and its licence. */
    public record Data(String name, String licence, String source) {
    }

    /** Every runtime dependency of pom.xml, direct and transitive, grouped by project. */
    public static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX)", "21.0.12", "GPL-2.0 with the Classpath Exception",
                    List.of("javafx-base", "javafx-graphics", "javafx-controls", "javafx-fxml", "javafx-swing")),
            new Library("netlib-java BLAS (dev.ludovic.netlib)", "3.0.3", "MIT", List.of("blas")),
            new Library("ARPACK (f2j)", "0.1", "BSD", List.of("arpack_combined_all")),
            new Library("EJML", "0.46.1", "Apache-2.0", List.of("ejml-core", "ejml-ddense", "ejml-fdense")),
            new Library("Tablesaw", "0.44.4", "Apache-2.0", List.of("tablesaw-core")),
            new Library("Guava", "33.0.0", "Apache-2.0", List.of("guava", "failureaccess", "listenablefuture",
                    "error_prone_annotations", "j2objc-annotations")),
            new Library("JSR-305 annotations", "3.0.2", "Apache-2.0", List.of("jsr305")),
            new Library("Checker Framework qualifiers", "3.41.0", "MIT", List.of("checker-qual")),
            new Library("fastutil", "8.5.13", "Apache-2.0", List.of("fastutil")),
            new Library("RoaringBitmap", "1.0.5", "Apache-2.0", List.of("RoaringBitmap")),
            new Library("univocity-parsers", "2.9.1", "Apache-2.0", List.of("univocity-parsers")),
            new Library("Apache Commons Math", "3.6.1", "Apache-2.0", List.of("commons-math3")),
            new Library("ICU4J", "74.2", "Unicode License (ICU)", List.of("icu4j")),
            new Library("ClassGraph", "4.8.168", "MIT", List.of("classgraph")),
            new Library("SLF4J", "2.0", "MIT", List.of("slf4j-api", "slf4j-nop")),
            new Library("picocli", "4.7.6", "Apache-2.0", List.of("picocli")),
            new Library("Jackson", "2.18.2", "Apache-2.0",
                    List.of("jackson-core", "jackson-databind", "jackson-annotations")),
            new Library("commonmark-java", "0.24.0", "BSD-2-Clause", List.of("commonmark", "commonmark-ext-gfm-tables")));

    private AboutFacts() {
    }

    public static String title() {
        return "Activation Workbench " + Version.get();
    }

    /** Java, JavaFX and the BLAS the engine's matrix products go through (native OpenBLAS or pure Java). */
    public static List<String> runtime() {
        String fx = System.getProperty("javafx.runtime.version", "unknown");
        return List.of("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + fx,
                "BLAS: " + Blas.implementation());
    }

    /** The bundled tables and images with their licences; the generated sets (spiral, xor, …) need none. */
    public static List<Data> bundledData() {
        return new DatasetRegistry().list().stream().filter(d -> !d.license().startsWith("none needed"))
                .map(AboutFacts::data).toList();
    }

    private static Data data(DatasetInfo d) {
        return new Data(d.name(), d.license(), d.source());
    }
}
