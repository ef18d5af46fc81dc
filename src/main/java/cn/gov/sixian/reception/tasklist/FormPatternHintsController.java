package cn.gov.sixian.reception.tasklist;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/forms/pattern-hints}: pattern → Chinese hint, for Tasklist's form messages. */
@RestController
class FormPatternHintsController {

  private final FormPatternHints hints;

  FormPatternHintsController(FormPatternHints hints) {
    this.hints = hints;
  }

  @GetMapping("/api/forms/pattern-hints")
  Map<String, String> patternHints() {
    return hints.byPattern();
  }
}
