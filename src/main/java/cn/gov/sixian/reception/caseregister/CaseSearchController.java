package cn.gov.sixian.reception.caseregister;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases?…}: finds open and closed cases (docs/api.md "Search cases"). */
@RestController
class CaseSearchController {

  private final CaseSearch search;

  CaseSearchController(CaseSearch search) {
    this.search = search;
  }

  @GetMapping("/api/cases")
  CaseSearch.SearchPage search(@RequestParam MultiValueMap<String, String> parameters) {
    return search.search(parameters);
  }
}
