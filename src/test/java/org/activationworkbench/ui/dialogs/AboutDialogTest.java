package org.activationworkbench.ui.dialogs;

import static org.activationworkbench.ui.FxWait.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.activationworkbench.core.Version;
import org.activationworkbench.ui.model.AboutFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help ▸ About names the version, the BLAS in use and the licence of every library in the jar and bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theDialogSaysVersionBlasAndLicences() throws Exception {
        Dialog<ButtonType> d = fx(() -> AboutDialog.create(stage));
        fx(d::show);
        try {
            String text = fx(() -> texts(d.getDialogPane()));
            assertTrue(d.getHeaderText().contains(Version.get()), d.getHeaderText());
            assertTrue(text.contains("BLAS: "), text);
            assertTrue(text.matches("(?s).*BLAS: (JNIBLAS|VectorBLAS|JavaBLAS|F2jBLAS).*"), "the implementation in use");
            assertTrue(text.contains("JavaFX " + System.getProperty("javafx.runtime.version")), text);
            for (AboutFacts.Library l : AboutFacts.LIBRARIES) {
                assertTrue(text.contains(l.name()) && text.contains(l.licence()), l.name());
            }
            assertTrue(text.matches("(?s).*fashion-mnist-small\\s+MIT.*"), "Fashion-MNIST under MIT:\n" + text);
            assertTrue(text.matches("(?s).*iris\\s+CC BY 4\\.0.*"), "iris under CC BY 4.0");
        } finally {
            fx(d::close);
        }
    }

    /** Every runtime dependency that pom.xml declares is named, with its licence, in the dialog's list. */
    @Test
    void theLibraryListCoversEveryDependencyOfThePom() throws Exception {
        String basedir = System.getProperty("basedir");
        Path pom = Path.of(basedir != null && !basedir.isBlank() ? basedir : System.getProperty("user.dir")).resolve("pom.xml");
        String xml = Files.readString(pom);
        String deps = xml.substring(xml.indexOf("<dependencies>"), xml.indexOf("</dependencies>"));
        Matcher m = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(deps);
        List<String> runtime = new ArrayList<>();
        while (m.find()) {
            String dep = m.group(1);
            if (dep.contains("<scope>test</scope>")) continue;
            Matcher a = Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(dep);
            if (a.find()) runtime.add(a.group(1));
        }
        assertTrue(runtime.size() >= 8, "runtime dependencies read from pom.xml: " + runtime);
        Set<String> listed = AboutFacts.LIBRARIES.stream().flatMap(l -> l.artifacts().stream()).collect(Collectors.toSet());
        List<String> missing = runtime.stream().filter(a -> !listed.contains(a)).toList();
        assertEquals(List.of(), missing, "dependencies of pom.xml missing from Help ▸ About");
    }

    private static String texts(Parent p) {
        StringBuilder b = new StringBuilder();
        collect(p, b);
        return b.toString();
    }

    private static void collect(Node n, StringBuilder b) {
        if (n instanceof Label l) b.append(l.getText()).append('\n');
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) collect(s.getContent(), b);
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collect(c, b));
    }
}
