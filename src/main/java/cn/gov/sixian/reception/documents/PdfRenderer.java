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

  private final byte[] font;

  PdfRenderer() {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the application: " + FONT_RESOURCE);
      }
      this.font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] render(String xhtml, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
      builder.withHtmlContent(xhtml, null);
      builder.withProducer("联合接访 joint-reception");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF of " + title + " not rendered", e);
    }
    return out.toByteArray();
  }
}
