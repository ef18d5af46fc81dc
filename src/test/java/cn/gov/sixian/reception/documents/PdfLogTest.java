package cn.gov.sixian.reception.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A document leaves nothing in the log: no warning per standard PDF font it does not use, no
 * progress lines of the renderer's own.
 */
@ExtendWith(OutputCaptureExtension.class)
class PdfLogTest extends H2ApplicationTest {

  @Autowired PdfRenderer renderer;

  @Test
  void renderingADocumentLogsNeitherFontFallbacksNorProgress(CapturedOutput output) {
    renderer.render("<html><head><style>body { font-family: '" + PdfRenderer.FONT_FAMILY
        + "'; }</style></head><body><p>信访事项受理告知书</p></body></html>", "受理告知书");
    assertThat(output.getAll()).doesNotContain("fallback font").doesNotContain("openhtmltopdf");
  }
}
