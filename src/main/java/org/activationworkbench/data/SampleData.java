package org.activationworkbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the bundled files of sample-data/: on the classpath (the pom copies them into the jar), else in
 * ./sample-data relative to the working directory (running from a checkout without a build).
 */
public final class SampleData {

    static final String RESOURCE_ROOT = "/sample-data/";

    private SampleData() {
    }

    /** The bundled file at {@code relative} (e.g. "iris.csv"), if it exists. */
    public static Optional<ByteSource> find(String relative) {
        URL url = SampleData.class.getResource(RESOURCE_ROOT + relative);
        if (url != null) return Optional.of(resource(relative));
        Path p = Path.of("sample-data").resolve(relative);
        return Files.isRegularFile(p) ? Optional.of(ByteSource.of(p)) : Optional.empty();
    }

    /** Like {@link #find} but a missing file is a broken build, reported as such. */
    public static ByteSource require(String relative) {
        return find(relative).orElseThrow(() -> new DatasetException("bundled file sample-data/" + relative
                + " is missing; rebuild the application or run it from the project folder"));
    }

    private static ByteSource resource(String relative) {
        String fileName = relative.substring(relative.lastIndexOf('/') + 1);
        return new ByteSource() {
            @Override
            public String name() {
                return fileName;
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = SampleData.class.getResourceAsStream(RESOURCE_ROOT + relative);
                if (in == null) throw new IOException("resource " + RESOURCE_ROOT + relative + " vanished");
                return in;
            }
        };
    }
}
