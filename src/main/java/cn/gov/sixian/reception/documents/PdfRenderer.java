package cn.gov.sixian.reception.documents;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox). The page size (A4) and margins are in the templates'
 * CSS. The CJK font ships with the application ({@code fonts/wqy-microhei.ttf}, WenQuanYi Micro
 * Hei, Apache-2.0) and is embedded as a subset, so a document prints the same on any machine.
 *
 * <p>Parsing the font (its character maps hold some 30,000 entries each) took 32 of a document's
 * 76 ms, so one parsed font is kept for the next document (up to 30 MB of the heap). A parsed
 * font serves one document at a time (fontbox does not promise more); documents rendered at the
 * same moment parse their own, as before.
 */
@Component
class PdfRenderer {

  static final String FONT_FAMILY = "WenQuanYi Micro Hei";
  static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttf";
  static final int IDLE_FONTS = 1;

  private final String fontResource;
  /** Read on the first document, not at start (4.6 MB); its presence is checked at start. */
  private volatile byte[] font;
  private final Deque<TrueTypeFont> idle = new ConcurrentLinkedDeque<>();

  PdfRenderer() {
    this(FONT_RESOURCE);
  }

  PdfRenderer(String fontResource) {
    if (PdfRenderer.class.getResource(fontResource) == null) {
      throw new IllegalStateException("Font missing from the application: " + fontResource);
    }
    this.fontResource = fontResource;
  }

  byte[] render(String xhtml, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrueTypeFont parsed = null;
    boolean rendered = false;
    try (PDDocument document = new PDDocument()) {
      parsed = take();
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      // embedded as a subset, as the font's stream would be; the document never closes it
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed, true)), FONT_FAMILY);
      builder.withHtmlContent(xhtml, null);
      builder.withProducer("联合接访 joint-reception");
      builder.toStream(out);
      builder.run();
      rendered = true;
    } catch (IOException e) {
      throw new UncheckedIOException("PDF of " + title + " not rendered", e);
    } finally {
      giveBack(parsed, rendered);
    }
    return out.toByteArray();
  }

  /** Parsed fonts kept now (for tests). */
  int idleFonts() {
    return idle.size();
  }

  private TrueTypeFont take() throws IOException {
    TrueTypeFont kept = idle.pollFirst();
    return kept != null ? kept : new TTFParser().parse(new RandomAccessReadBuffer(font()));
  }

  private byte[] font() {
    byte[] read = font;
    if (read == null) {
      synchronized (this) {
        if (font == null) {
          font = readFont();
        }
        read = font;
      }
    }
    return read;
  }

  private byte[] readFont() {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(fontResource)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the application: " + fontResource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kept for the next document, unless the render failed half-way or enough are kept. */
  private void giveBack(TrueTypeFont parsed, boolean rendered) {
    if (parsed == null) {
      return;
    }
    if (rendered && idle.size() < IDLE_FONTS) {
      idle.offerFirst(parsed);
      return;
    }
    try {
      parsed.close();
    } catch (IOException ignored) {
      // an in-memory font: nothing to release
    }
  }
}
