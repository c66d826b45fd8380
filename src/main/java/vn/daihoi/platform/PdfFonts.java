package vn.daihoi.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of every PDF made from HTML: DejaVu Serif from the jasperreports-fonts jar (all Vietnamese
 * letters), embedded.
 *
 * <p>openhtmltopdf also sets up the 14 standard PDF fonts (Times, Helvetica, Courier, Symbol, ZapfDingbats) for
 * every document, and PDFBox looks for a system font to draw each of them. A server has none of them (the
 * Debian image has at most Liberation or nothing), so each PDF logged about fourteen "Using fallback font"
 * warnings after a scan of the system's fonts (~250 for {@code daihoi demo}). Our pages never use those
 * fonts, so PDFBox is given the DejaVu faces of this jar for them: no system font scan, no font cache
 * directory, no fallback, and the same drawing on every machine. Other font names (a PDF read back) still go
 * to PDFBox's own mapper.
 */
public final class PdfFonts {

    public static final String FAMILY = "DejaVu Serif";
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private static final Map<String, TrueTypeFont> LOADED = new ConcurrentHashMap<>();

    static {
        FontMappers.set(new StandardFontsFromJar(FontMappers.instance()));
        // openhtmltopdf printed through its own console handler, past the application's logging set-up
        // (~5 lines per PDF: "Prepare to fly", stylesheet timings); its messages now go to SLF4J like any other.
        XRLog.setLoggerImpl(new ToSlf4j());
    }

    private PdfFonts() {}

    /** Registers the four DejaVu Serif faces under {@link #FAMILY}, embedded as subsets. */
    public static void register(PdfRendererBuilder builder) {
        face(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
        face(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
        face(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
        face(builder, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
    }

    private static void face(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> PdfFonts.class.getResourceAsStream(DIR + file), FAMILY, weight, style, true);
    }

    /**
     * DejaVu Serif (bold or regular) parsed once, for a PDF drawn with PDFBox directly (embed it with {@code
     * PDType0Font.load(document, font, true)}): the same face as the HTML-made PDFs, without parsing the font
     * file for every document.
     */
    public static TrueTypeFont serif(boolean bold) {
        return load(bold ? "DejaVuSerif-Bold.ttf" : "DejaVuSerif.ttf");
    }

    /** The jar's DejaVu file standing in for a standard font, or null for any other name. */
    static String standIn(String baseFont) {
        String name = baseFont == null ? "" : baseFont;
        boolean bold = name.contains("Bold");
        boolean slanted = name.contains("Italic") || name.contains("Oblique");
        String suffix = bold && slanted ? "-BoldOblique" : bold ? "-Bold" : slanted ? "-Oblique" : "";
        if (name.startsWith("Times")) {
            return "DejaVuSerif" + suffix.replace("Oblique", "Italic") + ".ttf";
        }
        if (name.startsWith("Helvetica")) {
            return "DejaVuSans" + suffix + ".ttf";
        }
        if (name.startsWith("Courier")) {
            return "DejaVuSansMono" + suffix + ".ttf";
        }
        if (name.equals("Symbol") || name.equals("ZapfDingbats")) {
            return "DejaVuSans.ttf";
        }
        return null;
    }

    private static TrueTypeFont load(String file) {
        return LOADED.computeIfAbsent(file, f -> {
            try {
                return parse(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A fresh copy of one DejaVu face of the jar ("DejaVuSerif-Bold.ttf"), for a PDF drawn with PDFBox. */
    public static TrueTypeFont parse(String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IOException("font " + file + " missing from the jasperreports-fonts jar");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    /**
     * openhtmltopdf's levels on SLF4J: its INFO is set-up and timing chatter of every document, so DEBUG here;
     * warnings and errors (a missing image, broken CSS) stay what they are.
     */
    private static final class ToSlf4j implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            log(where, level, msg, null);
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            Logger logger = LoggerFactory.getLogger(where);
            int v = level.intValue();
            if (v >= Level.SEVERE.intValue()) {
                logger.error(msg, th);
            } else if (v >= Level.WARNING.intValue()) {
                logger.warn(msg, th);
            } else {
                logger.debug(msg, th);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // levels are the application's logging configuration's business
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                    || LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
                            .isDebugEnabled();
        }
    }

    private record StandardFontsFromJar(FontMapper others) implements FontMapper {

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            String file = standIn(baseFont);
            return file == null ? others.getTrueTypeFont(baseFont, descriptor) : new FontMapping<>(load(file), false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            String file = standIn(baseFont);
            return file == null ? others.getFontBoxFont(baseFont, descriptor) : new FontMapping<>(load(file), false);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
            return others.getCIDFont(baseFont, descriptor, info);
        }
    }
}
