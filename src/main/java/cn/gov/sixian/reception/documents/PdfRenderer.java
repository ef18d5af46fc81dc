package cn.gov.sixian.reception.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox). The page size (A4) and margins are in the templates'
 * CSS. The CJK font ships with the application ({@code fonts/wqy-microhei.ttf}, WenQuanYi Micro
 * Hei, Apache-2.0) and is embedded as a subset, so a document prints the same on any machine.
 */
@Component
class PdfRenderer {

  static final String FONT_FAMILY = "WenQuanYi Micro Hei";
  static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttf";

  private final String fontResource;
  /** Read on the first document, not at start (4.6 MB); its presence is checked at start. */
  private volatile byte[] font;

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
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      byte[] face = font();
      builder.useFont(() -> new ByteArrayInputStream(face), FONT_FAMILY);
      builder.withHtmlContent(xhtml, null);
      builder.withProducer("联合接访 joint-reception");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF of " + title + " not rendered", e);
    }
    return out.toByteArray();
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
}
