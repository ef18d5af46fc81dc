package cn.gov.sixian.reception.publicquery;

import cn.gov.sixian.reception.documents.IssuedDocument;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The public page {@code /chaxun/} (信访事项查询评价, docs/api.md "Public query page"): plain
 * server-rendered HTML without script, for a phone. No login, no session, no cookie: after the
 * code is checked every page carries a short-lived signed token (hidden field, download paths).
 * Headers and CSP: {@link PublicPageHeaders}.
 */
@Controller
class PublicQueryController {

  private static final TemplateEngine TEMPLATES = templates();

  private final PublicQueryService service;

  PublicQueryController(PublicQueryService service) {
    this.service = service;
  }

  @GetMapping({"/chaxun", "/chaxun/"})
  ResponseEntity<String> form() {
    return page(200, "public-query-form",
        service.open() ? Map.of() : Map.of("error", PublicQueryService.CLOSED));
  }

  @PostMapping({"/chaxun", "/chaxun/"})
  ResponseEntity<String> lookUp(@RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String code, HttpServletRequest request) {
    try {
      PublicQueryService.Opened opened = service.lookUp(caseNumber, code, request.getRemoteAddr());
      return casePage(200, opened.token(), opened.view(), null, null);
    } catch (PublicQueryRefused refused) {
      Map<String, Object> model = new HashMap<>();
      model.put("error", refused.getMessage());
      // the number typed is shown again; the code never is
      model.put("caseNumber", caseNumber == null || caseNumber.length() > 32 ? "" : caseNumber);
      return page(refused.status(), "public-query-form", model);
    }
  }

  @PostMapping("/chaxun/case")
  ResponseEntity<String> again(@RequestParam(required = false) String token) {
    return casePage(200, token, service.show(token), null, null);
  }

  @PostMapping("/chaxun/evaluation")
  ResponseEntity<String> evaluate(@RequestParam(required = false) String token,
      @RequestParam(required = false) String satisfaction,
      @RequestParam(required = false) String comment) {
    // an invalid token is refused here, by the handler below, before any work
    service.caseOf(token);
    try {
      service.evaluate(token, satisfaction, comment);
      return casePage(200, token, service.show(token), "您的评价已提交，感谢您的反馈。", null);
    } catch (PublicQueryRefused refused) {
      return casePage(refused.status(), token, service.show(token), null, refused.getMessage());
    }
  }

  @PostMapping("/chaxun/review")
  ResponseEntity<String> review(@RequestParam(required = false) String token,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String reason) {
    service.caseOf(token);
    try {
      String label = service.requestReview(token, kind, reason);
      return casePage(200, token, service.show(token),
          "您的" + label + "申请已提交，复查（复核）机关将在规定期限内作出意见。", null);
    } catch (PublicQueryRefused refused) {
      return casePage(refused.status(), token, service.show(token), null, refused.getMessage());
    }
  }

  @GetMapping("/chaxun/documents/{token}/{id}.pdf")
  ResponseEntity<byte[]> download(@PathVariable String token, @PathVariable String id) {
    IssuedDocument document = service.download(token, id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.title() + "（" + document.documentNumber() + "）.pdf",
                StandardCharsets.UTF_8).build().toString())
        .body(document.pdf());
  }

  /** A refused token or download: the form again, with the sentence. */
  @ExceptionHandler(PublicQueryRefused.class)
  ResponseEntity<String> refused(PublicQueryRefused refused) {
    return page(refused.status(), "public-query-form", Map.of("error", refused.getMessage()));
  }

  private ResponseEntity<String> casePage(int status, String token, CaseView view, String notice,
      String error) {
    Map<String, Object> model = new HashMap<>();
    model.put("token", token);
    model.put("v", view);
    model.put("notice", notice);
    model.put("error", error);
    model.put("commentMax", PublicQueryService.COMMENT_MAX);
    return page(status, "public-query-case", model);
  }

  private static ResponseEntity<String> page(int status, String template, Map<String, ?> model) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE);
    model.forEach(context::setVariable);
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(TEMPLATES.process(template, context));
  }

  private static TemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("public/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
