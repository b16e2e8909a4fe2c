package org.activationworkbench.plot;

import java.awt.Font;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a real vector SVG document: shapes as SVG elements, text as {@code <text>} (selectable, searchable),
 * clips as {@code <clipPath>} groups. Text widths for layout come from the same AWT font metrics as the PNG.
 */
public final class SvgPainter implements Painter {

    /** Namespace of the key/value entries inside {@code <metadata>}. */
    public static final String METADATA_NS = "https://activationworkbench.org/ns/plot-metadata";

    private record State(Rgba color, double width, double[] dashes, double fontSize, boolean bold, int openGroups) { }

    private final double width;
    private final double height;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Deque<State> stack = new ArrayDeque<>();
    private Rgba color = new Rgba(0, 0, 0, 1);
    private double strokeWidth = 1;
    private double[] dashes;
    private double fontSize = 10;
    private boolean bold;
    private Font font = PlotFonts.awtFont(fontSize, false);
    private int openGroups;
    private int clipIds;

    public SvgPainter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void setColor(Rgba c) {
        color = c;
    }

    @Override
    public void setStroke(double w, double[] d) {
        strokeWidth = w;
        dashes = d == null || d.length == 0 ? null : d.clone();
    }

    @Override
    public void setFont(double size, boolean b) {
        fontSize = size;
        bold = b;
        font = PlotFonts.awtFont(size, b);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append('"');
        stroke().append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count) {
        if (count < 2) {
            return;
        }
        body.append("<polyline fill=\"none\" points=\"");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                body.append(' ');
            }
            body.append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append('"');
        stroke().append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        if (count < 3) {
            return;
        }
        body.append("<polygon points=\"");
        for (int i = 0; i < count; i++) {
            body.append(i > 0 ? " " : "").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append('"');
        fill().append("/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h);
        fill().append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h);
        body.append(" fill=\"none\"");
        stroke().append("/>\n");
    }

    @Override
    public void fillCircle(double cx, double cy, double r) {
        circle(cx, cy, r);
        fill().append("/>\n");
    }

    @Override
    public void strokeCircle(double cx, double cy, double r) {
        circle(cx, cy, r);
        body.append(" fill=\"none\"");
        stroke().append("/>\n");
    }

    @Override
    public void text(String s, double x, double y, HAlign h, VAlign v) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + PlotFonts.baselineOffset(v, fontSize)))
                .append('"');
        textAttributes(h).append('>').append(escape(s)).append("</text>\n");
    }

    @Override
    public void textUp(String s, double x, double y, HAlign h, VAlign v) {
        body.append("<text transform=\"translate(").append(n(x)).append(' ').append(n(y))
                .append(") rotate(-90)\" x=\"0\" y=\"").append(n(PlotFonts.baselineOffset(v, fontSize))).append('"');
        textAttributes(h).append('>').append(escape(s)).append("</text>\n");
    }

    @Override
    public double textWidth(String s) {
        return PlotFonts.awtTextWidth(font, s);
    }

    @Override
    public void save() {
        stack.push(new State(color, strokeWidth, dashes, fontSize, bold, openGroups));
        openGroups = 0;
    }

    @Override
    public void restore() {
        for (; openGroups > 0; openGroups--) {
            body.append("</g>\n");
        }
        State s = stack.pop();
        color = s.color();
        strokeWidth = s.width();
        dashes = s.dashes();
        setFont(s.fontSize(), s.bold());
        openGroups = s.openGroups();
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "clip" + (++clipIds);
        defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        openGroups++;
    }

    /** The complete document; {@code metadata} goes into {@code <metadata>}, a "Title" entry also into {@code <title>}. */
    public String toSvg(Map<String, String> metadata) {
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("pt\" height=\"").append(n(height)).append("pt\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\">\n");
        String title = metadata.get("Title");
        if (title != null) {
            out.append("<title>").append(escape(title)).append("</title>\n");
        }
        out.append("<metadata>\n");
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            out.append("  <aw:entry xmlns:aw=\"").append(METADATA_NS).append("\" key=\"").append(escape(e.getKey()))
                    .append("\">").append(escape(e.getValue())).append("</aw:entry>\n");
        }
        out.append("</metadata>\n");
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append("<g font-family=\"").append(escape(PlotFonts.CSS_FAMILY))
                .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n").append(body);
        for (int i = 0; i < openGroups; i++) {
            out.append("</g>\n");
        }
        for (State s : stack) {
            for (int i = 0; i < s.openGroups(); i++) {
                out.append("</g>\n");
            }
        }
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private void rect(double x, double y, double w, double h) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
    }

    private void circle(double cx, double cy, double r) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"');
    }

    private StringBuilder stroke() {
        body.append(" stroke=\"").append(color.hexRgb()).append("\" stroke-width=\"").append(n(strokeWidth)).append('"');
        opacity("stroke-opacity");
        if (dashes != null) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                body.append(i > 0 ? "," : "").append(n(dashes[i]));
            }
            body.append('"');
        }
        return body;
    }

    private StringBuilder fill() {
        body.append(" fill=\"").append(color.hexRgb()).append('"');
        opacity("fill-opacity");
        return body;
    }

    private StringBuilder textAttributes(HAlign h) {
        body.append(" font-size=\"").append(n(fontSize)).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (h != HAlign.LEFT) {
            body.append(" text-anchor=\"").append(h == HAlign.CENTER ? "middle" : "end").append('"');
        }
        return fill();
    }

    private void opacity(String attribute) {
        if (color.alpha() < 1) {
            body.append(' ').append(attribute).append("=\"").append(n(color.alpha())).append('"');
        }
    }

    /** Compact fixed-point number: two decimals, trailing zeros dropped, locale-independent. */
    static String n(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        s = s.substring(0, end);
        return s.equals("-0") ? "0" : s;
    }

    /** XML-escapes text and attribute values; drops characters XML 1.0 cannot carry. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
