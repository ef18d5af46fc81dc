package cn.gov.sixian.reception.documents;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Pages of the archive (归档) that are not case documents, such as a dossier's cover and index:
 * rendered with the documents' templates and renderer (same fonts, same folder an administrator
 * may override), but neither numbered nor stored.
 */
@Component
public class ArchivePages {

  private final DocumentTemplates templates;
  private final PdfRenderer renderer;

  ArchivePages(DocumentTemplates templates, PdfRenderer renderer) {
    this.templates = templates;
    this.renderer = renderer;
  }

  /** The PDF of {@code template}.html filled with {@code variables}. */
  public byte[] render(String template, Map<String, Object> variables, String title) {
    return renderer.render(templates.render(template, variables), title);
  }
}
