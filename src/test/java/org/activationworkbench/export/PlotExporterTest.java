package org.activationworkbench.export;

import org.activationworkbench.io.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.activationworkbench.plot.ActivationPlot;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.LossPlot;
import org.activationworkbench.plot.SvgPainter;
import org.activationworkbench.plot.Theme;

class PlotExporterTest {

    @TempDir
    Path dir;

    static List<Figure> figures() {
        return List.of(
                SyntheticViews.sharedBsplines(),
                SyntheticViews.dynPanels(),
                SyntheticViews.polynomialPanels(),
                SyntheticViews.perNeuronGrid(),
                new LossPlot("Loss", "", SyntheticViews.lossRows(200, true)),
                new LossPlot("", "", SyntheticViews.lossRows(200, false), new LossPlot.Options(true, 0.6, true)));
    }

    @Test
    void pngHasThePreferredSizeTimesScaleAndCarriesTextMetadata() throws Exception {
        Map<String, String> md = Map.of("Title", "learned activations", "Source", "run 7 <seed=1>");
        for (Figure f : figures()) {
            for (int scale : new int[] {1, 2}) {
                Path png = dir.resolve("f" + scale + ".png");
                PlotExporter.writePng(f, png, scale, md);
                BufferedImage img = ImageIO.read(png.toFile());
                assertNotNull(img, "decodes");
                assertEquals((int) Math.ceil(f.preferredWidth() * scale), img.getWidth());
                assertEquals((int) Math.ceil(f.preferredHeight() * scale), img.getHeight());
                Map<String, String> text = pngText(Files.readAllBytes(png));
                assertEquals("learned activations", text.get("Title"));
                assertEquals("run 7 <seed=1>", text.get("Source"));
                assertEquals("Activation Workbench", text.get("Software"));
            }
        }
    }

    @Test
    void pngIsNotBlank() throws Exception {
        BufferedImage img = PlotExporter.render(SyntheticViews.dynPanels(), 1, Theme.light());
        int white = 0xffffffff;
        long inked = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                inked += img.getRGB(x, y) != white ? 1 : 0;
            }
        }
        assertTrue(inked > img.getWidth() * img.getHeight() / 50, "something was drawn");
        assertEquals(white, img.getRGB(0, 0), "light theme background is opaque white");
    }

    @Test
    void svgIsWellFormedXmlWithTextAndMetadata() throws Exception {
        Map<String, String> md = Map.of("Title", "a & b <c>", "Run", "α = 1.02");
        for (Figure f : figures()) {
            Path svg = dir.resolve("f.svg");
            PlotExporter.writeSvg(f, svg, md);
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(svg.toFile());
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertTrue(root.getElementsByTagNameNS("*", "text").getLength() > 5, "labels are <text>");
            NodeList meta = root.getElementsByTagNameNS("*", "metadata");
            assertEquals(1, meta.getLength());
            Map<String, String> entries = new HashMap<>();
            NodeList es = ((Element) meta.item(0)).getElementsByTagNameNS(SvgPainter.METADATA_NS, "entry");
            for (int i = 0; i < es.getLength(); i++) {
                Element e = (Element) es.item(i);
                entries.put(e.getAttribute("key"), e.getTextContent());
            }
            assertEquals("a & b <c>", entries.get("Title"));
            assertEquals("α = 1.02", entries.get("Run"));
            assertEquals("a & b <c>", root.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        }
    }

    @Test
    void svgTextIsTheSameAsWhatThePngShows() {
        String svg = PlotExporter.renderSvg(SyntheticViews.dynPanels(), Map.of(), Theme.light());
        assertTrue(svg.contains(">α = 1.02   β = 0.13</text>"));
        assertTrue(svg.contains(">f(x)</text>"));
        assertTrue(svg.contains(">hidden layer 1</text>"));
        assertTrue(svg.contains(">−1.5</text>"), "tick labels with a true minus");
        String warn = PlotExporter.renderSvg(SyntheticViews.sharedBsplines(), Map.of(), Theme.light());
        assertTrue(warn.contains("23 % of inputs outside the knot grid"));
    }

    @Test
    void writesAreAtomicAndLeaveNoTemporaryFiles() throws Exception {
        Path png = dir.resolve("sub/loss.png");
        Path svg = dir.resolve("sub/loss.svg");
        Figure f = new LossPlot("Loss", "", SyntheticViews.lossRows(200, true));
        for (int i = 0; i < 3; i++) {   // replacing existing files too
            PlotExporter.writePng(f, png, 1, Map.of());
            PlotExporter.writeSvg(f, svg, Map.of());
        }
        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertEquals(List.of("loss.png", "loss.svg"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void failedWriteLeavesNoTemporaryFileAndKeepsTheOldOne() throws Exception {
        Path target = dir.resolve("x.svg");
        Files.writeString(target, "old");
        assertThrows(java.io.IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new java.io.IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void scaleOutsideOneToFourIsRefused() {
        Figure f = SyntheticViews.dynPanels();
        assertThrows(IllegalArgumentException.class, () -> PlotExporter.writePng(f, dir.resolve("a.png"), 0.5, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> PlotExporter.writePng(f, dir.resolve("a.png"), 5, Map.of()));
        assertFalse(Files.exists(dir.resolve("a.png")));
    }

    @Test
    void figuresDrawIntoAnyBox() {
        // the live view draws the same figures into canvases of any size, tiny ones included
        for (Figure f : figures()) {
            for (double[] box : new double[][] {{80, 60}, {1600, 300}, {300, 1200}}) {
                SvgPainter p = new SvgPainter(box[0], box[1]);
                f.draw(p, box[0], box[1], Theme.dark());
                assertTrue(p.toSvg(Map.of()).endsWith("</svg>\n"));
            }
        }
    }

    @Test
    void emptyFiguresStillDraw() throws Exception {
        PlotExporter.writePng(new ActivationPlot("", "", List.of()), dir.resolve("a.png"), 1, Map.of());
        PlotExporter.writePng(new LossPlot("", "", List.of()), dir.resolve("l.png"), 1, Map.of());
        PlotExporter.writeSvg(new LossPlot("", "", List.of()), dir.resolve("l.svg"), Map.of());
        assertNotNull(ImageIO.read(dir.resolve("a.png").toFile()));
    }

    /** All tEXt/iTXt entries of a PNG, read back through ImageIO's native PNG metadata. */
    private static Map<String, String> pngText(byte[] png) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("tEXt")) {
                    for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        Element el = (Element) e;
                        out.put(el.getAttribute("keyword"), el.getAttribute("value"));
                    }
                }
            }
            reader.dispose();
        }
        return out;
    }
}
