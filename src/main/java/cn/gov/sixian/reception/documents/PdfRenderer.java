package cn.gov.sixian.reception.documents;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox). The page size (A4) and margins are in the templates'
 * CSS. The CJK font ships with the application ({@code fonts/wqy-microhei.ttf}, WenQuanYi Micro
 * Hei, Apache-2.0) and is embedded as a subset, so a document prints the same on any machine.
 *
 * <p>Parsing the font (its character maps hold some 30,000 entries each) took 32 of a document's
 * 76 ms, so one parsed font is kept for the next document ({@link ParsedFontPool}).
 */
@Component
class PdfRenderer {

  static final String FONT_FAMILY = "WenQuanYi Micro Hei";
  static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttf";
  static final int IDLE_FONTS = 1;

  static {
    // openhtmltopdf logs through java.util.logging with a console handler and format of its own,
    // four lines a document; through SLF4J its messages follow the application's log settings
    XRLog.setLoggerImpl(new Slf4jLogger());
  }

  private static final SAXParserFactory WELL_FORMED = wellFormed();

  private final ParsedFontPool fonts;

  PdfRenderer() {
    this(FONT_RESOURCE);
  }

  PdfRenderer(String fontResource) {
    this.fonts = new ParsedFontPool(fontResource, IDLE_FONTS);
  }

  /**
   * Throws when the XHTML is not well-formed (a template edited into broken markup), which
   * {@link #render} would refuse: the issuing step checks, the PDF comes later (decision 0011).
   * The parser is set up as openhtmltopdf sets up its own: no external DTD or entities.
   */
  void check(String xhtml) {
    try {
      WELL_FORMED.newSAXParser().getXMLReader().parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXException | ParserConfigurationException | IOException e) {
      throw new IllegalArgumentException("Document XHTML not well-formed: " + e.getMessage(), e);
    }
  }

  private static SAXParserFactory wellFormed() {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML parser without the features the check needs", e);
    }
    return factory;
  }

  byte[] render(String xhtml, String title) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrueTypeFont parsed = null;
    boolean rendered = false;
    try (PDDocument document = new PDDocument()) {
      parsed = fonts.take();
      PdfRendererBuilder builder = new PdfRendererBuilder();
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
      fonts.giveBack(parsed, rendered);
    }
    return out.toByteArray();
  }

  /** Parsed fonts kept now (for tests). */
  int idleFonts() {
    return fonts.idle();
  }
}
