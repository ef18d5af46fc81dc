package cn.gov.sixian.reception.caseregister;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Lets the benchmark (another package) run the whole case search: access, query, access log. */
public final class CaseSearchBenchmarkAccess {

  private final CaseSearch search;

  public CaseSearchBenchmarkAccess(ApplicationContext context) {
    this.search = context.getBean(CaseSearch.class);
  }

  /** The search as the authenticated user; returns {total, rows on the page}. */
  public long[] search(Map<String, List<String>> parameters) {
    CaseSearch.SearchPage page = search.search(parameters);
    return new long[] {page.total(), page.cases().size()};
  }
}
