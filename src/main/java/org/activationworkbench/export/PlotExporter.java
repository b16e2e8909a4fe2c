package org.activationworkbench.export;

import org.activationworkbench.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.Java2DPainter;
import org.activationworkbench.plot.SvgPainter;
import org.activationworkbench.plot.Theme;

/**
 * Writes a {@link Figure} at its preferred size as PNG (raster, with tEXt metadata and a DPI so that 1 unit
 * prints as 1 pt) or as SVG (vector, metadata in {@code <metadata>}). Files are replaced atomically.
 * Exports use the light theme unless told otherwise. Works headless.
 */
public final class PlotExporter {

    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private PlotExporter() {
    }

    public static void writePng(Figure f, Path path, double scale, Map<String, String> metadata) throws IOException {
        writePng(f, path, scale, metadata, Theme.light());
    }

    public static void writePng(Figure f, Path path, double scale, Map<String, String> metadata, Theme theme)
            throws IOException {
        BufferedImage image = render(f, scale, theme);
        Map<String, String> md = withSoftware(metadata);
        AtomicFiles.write(path, out -> encodePng(image, scale, md, out));
    }

    public static void writeSvg(Figure f, Path path, Map<String, String> metadata) throws IOException {
        writeSvg(f, path, metadata, Theme.light());
    }

    public static void writeSvg(Figure f, Path path, Map<String, String> metadata, Theme theme) throws IOException {
        byte[] svg = renderSvg(f, metadata, theme).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(path, out -> out.write(svg));
    }

    /** The figure as an image of ceil(preferred size × scale) pixels. */
    public static BufferedImage render(Figure f, double scale, Theme theme) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("PNG scale must be between 1 and 4, got " + scale);
        }
        double w = f.preferredWidth();
        double h = f.preferredHeight();
        BufferedImage image = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            f.draw(new Java2DPainter(g), w, h, theme);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The figure as an SVG document string. */
    public static String renderSvg(Figure f, Map<String, String> metadata, Theme theme) {
        double w = f.preferredWidth();
        double h = f.preferredHeight();
        SvgPainter p = new SvgPainter(w, h);
        f.draw(p, w, h, theme);
        return p.toSvg(withSoftware(metadata));
    }

    private static Map<String, String> withSoftware(Map<String, String> metadata) {
        Map<String, String> md = new LinkedHashMap<>(metadata == null ? Map.of() : metadata);
        md.putIfAbsent("Software", "Activation Workbench");
        return md;
    }

    private static void encodePng(BufferedImage image, double scale, Map<String, String> md, OutputStream out)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            meta.mergeTree(PNG_FORMAT, pngMetadataTree(md, scale));
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** tEXt for Latin-1 values (what every viewer reads), iTXt (UTF-8) for the rest; pHYs for 72 × scale dpi. */
    static IIOMetadataNode pngMetadataTree(Map<String, String> md, double scale) throws IIOInvalidTreeException {
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Integer.toString((int) Math.round(72 * scale / 0.0254));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode itext = new IIOMetadataNode("iTXt");
        for (Map.Entry<String, String> e : md.entrySet()) {
            String key = pngKeyword(e.getKey());
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(e.getValue())) {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", key);
                entry.setAttribute("value", e.getValue());
                text.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", key);
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", e.getValue());
                itext.appendChild(entry);
            }
        }
        if (text.hasChildNodes()) {
            root.appendChild(text);
        }
        if (itext.hasChildNodes()) {
            root.appendChild(itext);
        }
        return root;
    }

    /** PNG keywords: 1–79 Latin-1 printable characters, no leading/trailing/double spaces. */
    private static String pngKeyword(String key) {
        String k = key.replaceAll("[^\\x20-\\x7e\\xa1-\\xff]", "_").trim().replaceAll(" {2,}", " ");
        if (k.isEmpty()) {
            k = "Comment";
        }
        return k.length() > 79 ? k.substring(0, 79) : k;
    }
}
