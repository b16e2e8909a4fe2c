package org.activationworkbench.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFxNativesTest {

    @TempDir
    Path dir;

    @Test
    void eachDesktopGetsItsOwnFolder() {
        assertEquals("linux-x64", JavaFxNatives.platform("Linux", "amd64"));
        assertEquals("linux-aarch64", JavaFxNatives.platform("Linux", "aarch64"));
        assertEquals("mac-x64", JavaFxNatives.platform("Mac OS X", "x86_64"));
        assertEquals("mac-aarch64", JavaFxNatives.platform("Mac OS X", "aarch64"));
        assertEquals("windows-x64", JavaFxNatives.platform("Windows 11", "amd64"));
        assertNull(JavaFxNatives.platform("Windows 11", "aarch64"), "JavaFX 21 has no Windows on ARM build");
        assertNull(JavaFxNatives.platform("Linux", "arm"));
        assertNull(JavaFxNatives.platform("FreeBSD", "amd64"));
    }

    /** Two platforms' libglass.so side by side: the one asked for is copied, and a damaged copy is replaced. */
    @Test
    void copiesThePlatformsLibrariesAndRepairsADamagedOne() throws IOException {
        Path jar = dir.resolve("app.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(z, "javafx-natives/linux-x64/libglass.so", "x64 glass");
            put(z, "javafx-natives/linux-x64/libprism_sw.so", "x64 prism");
            put(z, "javafx-natives/linux-aarch64/libglass.so", "aarch64 glass");
        }
        List<JavaFxNatives.Native> natives = JavaFxNatives.list(jar, "javafx-natives/linux-x64/");
        assertEquals(List.of("libglass.so", "libprism_sw.so"), natives.stream().map(JavaFxNatives.Native::name).toList());

        Path cache = dir.resolve("cache/javafx-21/linux-x64");
        assertEquals(cache, JavaFxNatives.install(natives, jar, cache));
        assertEquals("x64 glass", Files.readString(cache.resolve("libglass.so")));
        assertEquals("x64 prism", Files.readString(cache.resolve("libprism_sw.so")));

        Files.writeString(cache.resolve("libglass.so"), "half a libr");
        JavaFxNatives.install(natives, jar, cache);
        assertEquals("x64 glass", Files.readString(cache.resolve("libglass.so")));
        try (var files = Files.list(cache)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    /** Run from target/classes (after a package), the folder there serves the same way. */
    @Test
    void readsAClassesFolderToo() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("javafx-natives/windows-x64"));
        Files.writeString(classes.resolve("javafx-natives/windows-x64/glass.dll"), "dll");
        List<JavaFxNatives.Native> natives = JavaFxNatives.list(classes, "javafx-natives/windows-x64/");
        Path cache = JavaFxNatives.install(natives, classes, dir.resolve("c"));
        assertArrayEquals("dll".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(cache.resolve("glass.dll")));
        assertEquals(List.of(), JavaFxNatives.list(classes, "javafx-natives/mac-x64/"));
    }

    private static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
