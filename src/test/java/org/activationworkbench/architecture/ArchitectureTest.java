package org.activationworkbench.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packages point one way (see {@link PackageLayers}), the engine has no JavaFX, and no class grows too big. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/activationworkbench");
    /** A class longer than this is doing more than one job; split it. */
    static final int MAX_LINES = 400;

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : sources()) {
            problems.addAll(PackageLayers.check(MAIN.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), problems, "imports against the direction of the layers");
    }

    @Test
    void anUpwardImportIsCaught() {
        String engine = "package org.activationworkbench.nn;\nimport org.activationworkbench.ui.shell.WorkbenchApp;\n"
                + "final class Sneaky { }\n";
        assertEquals(List.of("nn/Sneaky.java (package nn) uses ui.shell, which is above it"),
                PackageLayers.check("nn/Sneaky.java", engine));
        String qualified = "package org.activationworkbench.export;\nfinal class X { String v = "
                + "org.activationworkbench.cli.Version.get(); }\n";
        assertEquals(1, PackageLayers.check("export/X.java", qualified).size(), "a fully qualified name counts too");
        String sideways = "package org.activationworkbench.cli;\nimport org.activationworkbench.ui.model.Banner;\n";
        assertEquals(1, PackageLayers.check("cli/Y.java", sideways).size(), "cli and ui never use each other");
        String fx = "package org.activationworkbench.experiment;\nimport javafx.scene.paint.Color;\n";
        assertEquals(1, PackageLayers.check("experiment/Z.java", fx).size(), "the engine has no JavaFX");
    }

    @Test
    void commentsAndStringsAreNotReferences() {
        String s = "package org.activationworkbench.nn;\n/** see org.activationworkbench.ui.shell.WorkbenchApp */\n"
                + "final class A { String m = \"org.activationworkbench.app.Launcher\"; }\n";
        assertEquals(List.of(), PackageLayers.check("nn/A.java", s));
    }

    @Test
    void everyPackageHasAPlace() throws IOException {
        for (Path p : sources()) {
            String rel = MAIN.relativize(p.getParent()).toString().replace('/', '.');
            assertTrue(PackageLayers.MAY_USE.containsKey(rel), rel + " is not placed in PackageLayers.MAY_USE");
        }
        assertFalse(PackageLayers.reachable("nn").contains("train"));
        assertTrue(PackageLayers.reachable("app").contains("core"));
    }

    @Test
    void noClassIsOverFourHundredLines() throws IOException {
        List<String> big = new ArrayList<>();
        for (Path p : sources()) {
            long lines;
            try (Stream<String> l = Files.lines(p)) {
                lines = l.count();
            }
            if (lines > MAX_LINES) big.add(MAIN.relativize(p) + " has " + lines + " lines");
        }
        assertEquals(List.of(), big);
    }
}
