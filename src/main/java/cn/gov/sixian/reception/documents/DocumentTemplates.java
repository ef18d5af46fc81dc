package cn.gov.sixian.reception.documents;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.springframework.stereotype.Component;

/**
 * The Thymeleaf templates of the documents, one {@code <kind>.html} per kind plus the shared
 * {@code letterhead.html} fragments. A file in the configured folder wins over the built-in one
 * of the same name and is read afresh on every issue (no cache): an administrator's edit applies
 * to the next document without a restart. {@code th:text} escapes what staff entered, so it is
 * printed as entered and never read as markup.
 */
@Component
class DocumentTemplates {

  static final String BUILT_IN = "documents/templates/";

  private final TemplateEngine engine;

  DocumentTemplates(DocumentProperties properties) {
    SpringTemplateEngine templates = new SpringTemplateEngine();
    templates.setEnableSpringELCompiler(false);
    if (properties.templateFolder() != null) {
      FileTemplateResolver folder = new FileTemplateResolver();
      folder.setPrefix(withSlash(properties.templateFolder()));
      folder.setSuffix(".html");
      folder.setTemplateMode(TemplateMode.HTML);
      folder.setCharacterEncoding("UTF-8");
      folder.setCacheable(false);
      folder.setCheckExistence(true);
      folder.setOrder(1);
      templates.addTemplateResolver(folder);
    }
    ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver();
    builtIn.setPrefix(BUILT_IN);
    builtIn.setSuffix(".html");
    builtIn.setTemplateMode(TemplateMode.HTML);
    builtIn.setCharacterEncoding("UTF-8");
    builtIn.setCacheable(true);
    builtIn.setCheckExistence(true);
    builtIn.setOrder(2);
    templates.addTemplateResolver(builtIn);
    this.engine = templates;
  }

  /** The document's XHTML; throws when the template is missing or broken. */
  String render(String template, Map<String, Object> variables) {
    return engine.process(template, new Context(Locale.SIMPLIFIED_CHINESE, variables));
  }

  private static String withSlash(String folder) {
    return folder.endsWith("/") ? folder : folder + "/";
  }
}
