package cn.gov.sixian.reception.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The font, read on the first document (a missing one still stops the start), and the parsed
 * font kept between documents: every document, one after the other or at the same moment, still
 * carries its own subset of the CJK font and prints its own text.
 */
class PdfRendererTest {

  private final PdfRenderer renderer = new PdfRenderer();

  @Test
  void aMissingFontFailsAtConstructionNotAtTheFirstDocument() {
    assertThatThrownBy(() -> new PdfRenderer("/fonts/missing.ttf"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/fonts/missing.ttf");
  }

  @Test
  void aKeptFontEmbedsTheSameSubsetInTheNextDocument() throws Exception {
    byte[] first = renderer.render(page("信访事项受理告知书"), "受理告知书");
    assertThat(renderer.idleFonts()).isEqualTo(1);
    byte[] second = renderer.render(page("信访事项受理告知书"), "受理告知书");
    byte[] other = renderer.render(page("转办单：县住建局"), "转办单");
    assertThat(renderer.idleFonts()).isEqualTo(1);

    assertPrinted(first, "信访事项受理告知书");
    assertPrinted(second, "信访事项受理告知书");
    assertPrinted(other, "转办单：县住建局");
    // the same glyphs give the same subset, whether the font was parsed for it or kept
    assertThat(fontBytes(second)).isEqualTo(fontBytes(first));
  }

  @Test
  void documentsRenderedAtTheSameMomentEachPrintTheirOwnText() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> pdfs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String text = "第" + i + "号信访件已登记";
        pdfs.add(pool.submit(() -> renderer.render(page(text), "登记回执")));
      }
      for (int i = 0; i < pdfs.size(); i++) {
        assertPrinted(pdfs.get(i).get(), "第" + i + "号信访件已登记");
      }
    } finally {
      pool.shutdown();
    }
    assertThat(renderer.idleFonts()).isBetween(1, PdfRenderer.IDLE_FONTS);
  }

  @Test
  void aFailedDocumentDoesNotKeepItsFont() {
    assertThatThrownBy(
        () -> renderer.render("<html><body><p>未闭合</body>", "坏模板"))
        .isInstanceOf(RuntimeException.class);
    assertThat(renderer.idleFonts()).isZero();
    assertPrintedQuietly(renderer.render(page("之后照常出具"), "受理告知书"), "之后照常出具");
  }

  @Test
  void theRenderersMessagesGoThroughTheApplicationsLogging() {
    Logger openhtmltopdf = (Logger) LoggerFactory.getLogger("com.openhtmltopdf");
    Level before = openhtmltopdf.getLevel();
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    openhtmltopdf.addAppender(events);
    openhtmltopdf.setLevel(Level.INFO);
    try {
      renderer.render(page("登记回执"), "登记回执");
    } finally {
      openhtmltopdf.detachAppender(events);
      openhtmltopdf.setLevel(before);
    }
    // not printed by java.util.logging in a format of its own, past the application's settings
    assertThat(events.list).isNotEmpty()
        .allSatisfy(e -> assertThat(e.getLoggerName()).startsWith("com.openhtmltopdf"));
  }

  private static String page(String text) {
    return "<html><head><style>@page { size: A4; margin: 20mm; }"
        + " body { font-family: '" + PdfRenderer.FONT_FAMILY + "'; font-size: 11pt; }</style>"
        + "</head><body><p>" + text + "</p></body></html>";
  }

  private static void assertPrintedQuietly(byte[] pdf, String text) {
    try {
      assertPrinted(pdf, text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The text is on the page, in the embedded subset of the shipped font (not the whole font). */
  private static void assertPrinted(byte[] pdf, String text) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).isEqualTo(text);
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).isTrue();
          assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYi.*");
        }
      }
    }
    assertThat(pdf.length).as("a subset, not the 5 MB font").isLessThan(200_000);
  }

  private static byte[] fontBytes(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      PDFont font = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
      return font.getFontDescriptor().getFontFile2().toByteArray();
    }
  }
}
