package cn.gov.sixian.reception.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The font is read on the first document; a missing font still stops the start. */
class PdfRendererTest {

  @Test
  void aMissingFontFailsAtConstructionNotAtTheFirstDocument() {
    assertThatThrownBy(() -> new PdfRenderer("/fonts/missing.ttf"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/fonts/missing.ttf");
  }

  @Test
  void rendersWithTheFontReadOnFirstUse() {
    PdfRenderer renderer = new PdfRenderer();
    String page = "<html><head><style>body { font-family: '" + PdfRenderer.FONT_FAMILY
        + "'; }</style></head><body><p>联合接访</p></body></html>";

    byte[] first = renderer.render(page, "test");
    byte[] second = renderer.render(page, "test");

    assertThat(new String(first, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(second.length).isPositive();
  }
}
