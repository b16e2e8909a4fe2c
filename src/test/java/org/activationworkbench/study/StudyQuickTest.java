package org.activationworkbench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every study at --quick size writes its report, a results table and figures that decode. */
class StudyQuickTest {

    static List<String> names() {
        return Studies.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void quickStudyWritesReportFiguresAndCsv(String name, @TempDir Path dir) throws Exception {
        AtomicInteger lastDone = new AtomicInteger(-1);
        Path report = Studies.run(name, true, dir, (done, total, msg) -> {
            assertTrue(done <= total, done + " > " + total);
            lastDone.set(done);
        }, () -> false);
        assertTrue(lastDone.get() > 0, "progress was reported");
        String md = Files.readString(report);
        assertTrue(md.contains("**Claim**"), "claim stated");
        assertTrue(md.contains("**Measured here:**"), "measurement stated");
        assertTrue(md.matches("(?s).*(Reproduced|Partly reproduced|Inconclusive|Not reproduced) at this scale.*"), "verdict");
        assertFalse(md.contains("NaN"), "no NaN in the report");

        List<String> csv = Files.readAllLines(dir.resolve(ResultsCsv.FILE));
        assertTrue(csv.size() > 1, "results.csv has rows");
        int columns = csv.get(0).split(",").length;
        assertTrue(columns >= 3);

        Matcher m = Pattern.compile("\\]\\(([^)]+)\\.png\\)").matcher(md);
        int figures = 0;
        while (m.find()) {
            figures++;
            BufferedImage png = ImageIO.read(dir.resolve(m.group(1) + ".png").toFile());
            assertNotNull(png, m.group(1) + ".png decodes");
            assertTrue(png.getWidth() > 100 && png.getHeight() > 100);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            assertEquals("svg", f.newDocumentBuilder().parse(dir.resolve(m.group(1) + ".svg").toFile())
                    .getDocumentElement().getLocalName());
        }
        assertTrue(figures >= 1, "at least one figure");
    }

    @Test
    void cancellingStopsTheStudy(@TempDir Path dir) {
        AtomicInteger polls = new AtomicInteger();
        assertThrows(StudyCancelledException.class,
                () -> Studies.run("depth-scaling", true, dir, null, () -> polls.incrementAndGet() > 3));
        assertFalse(Files.exists(dir.resolve(StudyReport.FILE)), "no report for a cancelled study");
    }

    @Test
    void unknownStudyIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Studies.byName("nope"));
        assertTrue(e.getMessage().contains("spline-vs-relu"));
    }
}
