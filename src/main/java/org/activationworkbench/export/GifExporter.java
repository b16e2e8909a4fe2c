package org.activationworkbench.export;

import org.activationworkbench.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.activationworkbench.plot.Figure;
import org.activationworkbench.plot.Java2DPainter;
import org.activationworkbench.plot.Painter;
import org.activationworkbench.plot.Theme;

/**
 * An animated GIF of figures, one frame each, drawn by the same figures through {@link Java2DPainter} at the
 * first frame's size, each stamped with its label when it has one, looping forever (NETSCAPE2.0 extension) and
 * holding the last frame a little longer. Each frame has its own palette and, after the first, keeps only what
 * changed ({@link GifFrames}). Metadata goes into a GIF comment. Written atomically.
 */
public final class GifExporter {

    private static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";

    private GifExporter() {
    }

    public static void write(List<? extends Figure> frames, List<String> stamps, Path out, double scale,
                             int delayMillis, Map<String, String> metadata) throws IOException {
        write(frames, stamps, out, scale, delayMillis, metadata, Theme.light());
    }

    public static void write(List<? extends Figure> frames, List<String> stamps, Path out, double scale,
                             int delayMillis, Map<String, String> metadata, Theme theme) throws IOException {
        write(frames, stamps, out, scale, delayMillis, metadata, theme, ExportProgress.NONE);
    }

    /**
     * As above, telling {@code progress} of each frame written. Frames are drawn and encoded one at a time, so
     * memory holds one image however many frames there are, and a cancelled export stops at the next frame
     * (with a {@link java.util.concurrent.CancellationException}, leaving {@code out} as it was).
     */
    public static void write(List<? extends Figure> frames, List<String> stamps, Path out, double scale,
                             int delayMillis, Map<String, String> metadata, Theme theme, ExportProgress progress)
            throws IOException {
        if (frames.isEmpty()) throw new IllegalArgumentException("an animation needs at least one frame");
        Figure first = frames.get(0);
        double w = first.preferredWidth();
        double h = first.preferredHeight();
        int n = frames.size();
        String comment = metadata == null ? "" : metadata.toString();
        AtomicFiles.write(out, os -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
                writer.setOutput(ios);
                writer.prepareWriteSequence(null);
                GifFrames encoder = new GifFrames();
                for (int i = 0; i < n; i++) {
                    BufferedImage img = render(i == 0 ? first : frames.get(i), stamps.get(i), w, h, scale, theme);
                    progress.throwIfCancelled();   // encoding costs more than drawing: do not start it in vain
                    GifFrames.Frame f = encoder.next(img);
                    int delay = i == n - 1 ? delayMillis * 4 : delayMillis;
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    IIOMetadata meta = writer.getDefaultImageMetadata(
                            ImageTypeSpecifier.createFromRenderedImage(f.image()), param);
                    meta.mergeTree(GIF_FORMAT, frameTree(delay, i == 0, comment, f));
                    writer.writeToSequence(new IIOImage(f.image(), null, meta), param);
                    progress.advance(i + 1, n, "frame");
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    private static BufferedImage render(Figure f, String stamp, double w, double h, double scale, Theme t) {
        BufferedImage image = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            Java2DPainter p = new Java2DPainter(g);
            f.draw(p, w, h, t);
            if (stamp != null && !stamp.isEmpty()) {
                p.setFont(t.titleSize(), true);
                p.setColor(t.accent());
                p.text(stamp, w - 8, 6, Painter.HAlign.RIGHT, Painter.VAlign.TOP);   // clear of the title at the left
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Delay (1/100 s); the frame's place (a difference frame covers only what changed and leaves the rest of the
     * previous frame in place, its unchanged pixels transparent); on the first frame the loop-forever extension and
     * the comment.
     */
    private static IIOMetadataNode frameTree(int delayMillis, boolean first, String comment, GifFrames.Frame f) {
        IIOMetadataNode root = new IIOMetadataNode(GIF_FORMAT);
        IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(f.x()));
        descriptor.setAttribute("imageTopPosition", Integer.toString(f.y()));
        descriptor.setAttribute("imageWidth", Integer.toString(f.image().getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(f.image().getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", f.transparent() ? "TRUE" : "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, delayMillis / 10)));
        gce.setAttribute("transparentColorIndex", Integer.toString(GifFrames.TRANSPARENT));
        root.appendChild(gce);
        if (first) {
            if (!comment.isEmpty()) {
                IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
                IIOMetadataNode c = new IIOMetadataNode("CommentExtension");
                c.setAttribute("value", comment);
                comments.appendChild(c);
                root.appendChild(comments);
            }
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});   // sub-block 1, loop count 0 = forever
            apps.appendChild(app);
            root.appendChild(apps);
        }
        return root;
    }
}
