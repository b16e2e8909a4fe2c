package org.activationworkbench.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Gives JavaFX the native libraries of the desktop it runs on, out of a jar that carries those of every desktop.
 *
 * <p>The shaded jar holds JavaFX's natives per platform under {@code javafx-natives/<platform>/} (linux-x64,
 * linux-aarch64, windows-x64, mac-x64, mac-aarch64), since two platforms' libraries can share a file name
 * (libglass.so, libglass.dylib) and JavaFX itself only looks for them at the jar's root. Before the first JavaFX
 * class loads, {@link #prepare()} copies this platform's folder to a per-version cache and puts that folder first
 * on {@code java.library.path}: JavaFX 21's NativeLibLoader reads that property afresh for each library, after
 * the folder beside its jar and the jar's root (both empty here), and loads each file by its full path.
 */
final class JavaFxNatives {

    static final String FOLDER = "javafx-natives/";

    private JavaFxNatives() {
    }

    /**
     * Copies this platform's natives to the cache and points JavaFX at them. Does nothing when the program does
     * not run from such a jar (the IDE, {@code mvn javafx:run}, tests: JavaFX finds its own jars' natives there).
     * A failure is reported, not thrown: JavaFX then says itself which library it could not load.
     */
    static void prepare() {
        String platform = platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        try {
            Path source = codeSource();
            if (source == null || platform == null) return;
            List<Native> natives = list(source, FOLDER + platform + "/");
            if (natives.isEmpty()) return;
            Path dir;
            try {
                dir = install(natives, source, cacheFolder(platform));
            } catch (IOException | RuntimeException noCache) {
                // a read-only or missing home: a private temporary folder of this run (not a shared, guessable one)
                Path tmp = Files.createTempDirectory("activation-workbench-javafx-");
                tmp.toFile().deleteOnExit();
                dir = install(natives, source, tmp);
                for (Native n : natives) dir.resolve(n.name()).toFile().deleteOnExit();
            }
            String old = System.getProperty("java.library.path", "");
            System.setProperty("java.library.path", old.isEmpty() ? dir.toString() : dir + File.pathSeparator + old);
        } catch (IOException | RuntimeException e) {
            System.err.println("Activation Workbench: could not unpack JavaFX's native libraries for " + platform
                    + ": " + e.getMessage());
        }
    }

    /** The folder name for an os.name / os.arch pair, or null where the jar has no natives for it. */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String cpu = switch (arch) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (cpu == null) return null;
        if (os.startsWith("linux")) return "linux-" + cpu;
        if (os.startsWith("mac") || os.startsWith("darwin")) return "mac-" + cpu;
        if (os.startsWith("windows")) return cpu.equals("x64") ? "windows-x64" : null;
        return null;
    }

    /** One library: its file name, and where it is read from (a jar entry, or a file when run from classes). */
    record Native(String name, String entry, long crc) {
    }

    private static Path codeSource() {
        try {
            var cs = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }

    static List<Native> list(Path source, String prefix) throws IOException {
        List<Native> out = new ArrayList<>();
        if (Files.isDirectory(source)) {
            Path dir = source.resolve(prefix);
            if (!Files.isDirectory(dir)) return out;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    if (Files.isRegularFile(f)) out.add(new Native(f.getFileName().toString(), prefix + f.getFileName(), crc(f)));
                }
            }
            return out;
        }
        try (ZipFile jar = new ZipFile(source.toFile())) {
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                ZipEntry z = e.nextElement();
                String name = z.getName();
                if (!z.isDirectory() && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                    out.add(new Native(name.substring(prefix.length()), name, z.getCrc()));
                }
            }
        }
        return out;
    }

    /** Copies the natives into dir; files already there with the same CRC stay as they are. */
    static Path install(List<Native> natives, Path source, Path dir) throws IOException {
        if (!dir.isAbsolute()) throw new IOException("no cache folder: user.home is not set");
        Files.createDirectories(dir);
        for (Native n : natives) {
            Path target = dir.resolve(n.name());
            if (Files.isRegularFile(target) && crc(target) == n.crc()) continue;
            // another instance may be copying at the same moment: each writes its own temporary file and moves it
            // into place, so JavaFX never loads half a library
            Path tmp = Files.createTempFile(dir, n.name(), ".part");
            try {
                try (InputStream in = open(source, n.entry())) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                if (crc(tmp) != n.crc()) throw new IOException("the copy of " + n.name() + " is damaged");
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException inUse) {
                    // Windows keeps a loaded DLL locked: fine when another instance put the same file there
                    if (!(Files.isRegularFile(target) && crc(target) == n.crc())) throw inUse;
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return dir;
    }

    private static InputStream open(Path source, String entry) throws IOException {
        if (Files.isDirectory(source)) return Files.newInputStream(source.resolve(entry));
        ZipFile jar = new ZipFile(source.toFile());
        ZipEntry z = jar.getEntry(entry);
        if (z == null) {
            jar.close();
            throw new IOException(entry + " is missing from " + source);
        }
        return new java.io.FilterInputStream(jar.getInputStream(z)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    jar.close();
                }
            }
        };
    }

    static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) crc.update(buf, 0, n);
        }
        return crc.getValue();
    }

    /**
     * Where the natives go: the user's cache folder (XDG_CACHE_HOME or ~/.cache on Linux, ~/Library/Caches on
     * macOS, %LOCALAPPDATA% on Windows), one subfolder per JavaFX version and platform, so jars of two versions
     * never share a file.
     */
    static Path cacheFolder(String platform) {
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path base;
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            base = local != null && !local.isBlank() ? Path.of(local, "ActivationWorkbench", "cache")
                    : Path.of(home, "AppData", "Local", "ActivationWorkbench", "cache");
        } else if (os.startsWith("mac")) {
            base = Path.of(home, "Library", "Caches", "activation-workbench");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = xdg != null && xdg.startsWith("/") ? Path.of(xdg, "activation-workbench")
                    : Path.of(home, ".cache", "activation-workbench");
        }
        return base.resolve("javafx-" + javafxVersion()).resolve(platform);
    }

    private static String javafxVersion() {
        try (InputStream in = JavaFxNatives.class.getResourceAsStream("/org/activationworkbench/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("javafx.version", "");
            return v.matches("[0-9A-Za-z._+-]+") ? v : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
