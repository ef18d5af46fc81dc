package cn.gov.sixian.reception.caseregister;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.intake.IdNumbers;
import cn.gov.sixian.reception.intake.PhoneNumbers;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finding cases (信访件查询): checks the criteria, limits the search to the cases the caller may
 * read (the center every case, anyone else the cases their groups were given), records the search
 * in the access log, and answers with masked ID numbers and phones only.
 */
@Service
class CaseSearch {

  static final String ENDPOINT = "GET /api/cases";

  private final CaseSearchQueries queries;
  private final CaseAccess access;
  private final AccessLog accessLog;
  private final UnitCatalogue catalogue;
  private final Clock clock;

  CaseSearch(CaseSearchQueries queries, CaseAccess access, AccessLog accessLog,
      UnitCatalogue catalogue, Clock clock) {
    this.queries = queries;
    this.access = access;
    this.accessLog = accessLog;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  SearchPage search(Map<String, List<String>> parameters) {
    String user = access.currentUserId();
    if (user == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "请先登录。");
    }
    CaseSearchCriteria criteria = CaseSearchCriteria.parse(parameters, catalogue);
    Instant now = clock.instant();
    CaseSearchQueries.Result result =
        queries.search(criteria, access.readerGroups(), now, clock.getZone());
    List<CaseHit> hits = result.rows().stream().map(row -> hit(row, now)).toList();
    accessLog.recordSearch(user, ENDPOINT, criteria.purpose(), criteria.describe(),
        result.total(), hits.stream().map(CaseHit::caseNumber).toList());
    return new SearchPage(result.total(), criteria.page(), criteria.size(),
        criteria.sort().name().toLowerCase(), hits);
  }

  private CaseHit hit(CaseSearchQueries.Row row, Instant now) {
    boolean overdue = row.status() == CaseStatus.OPEN && row.currentDue() != null
        && row.currentDue().isBefore(now);
    String unitName = row.unitName() != null ? row.unitName()
        : row.unitCode() == null ? null
        : catalogue.findUnit(row.unitCode()).map(Unit::name).orElse(null);
    return new CaseHit(
        row.caseNumber(), row.registeredAt(), row.petitionerName(),
        row.idNumber() == null ? null : IdNumbers.mask(row.idNumber()),
        row.phone() == null ? null : PhoneNumbers.mask(row.phone()),
        row.category(),
        row.category() == null ? null
            : catalogue.findCategory(row.category()).map(ProblemCategory::name).orElse(null),
        row.unitCode(), unitName, row.township(),
        row.township() == null ? null
            : catalogue.findUnit(row.township()).map(Unit::name).orElse(null),
        row.stage(), row.stageName(), row.status().name(), row.status().label(),
        row.currentDue(), overdue, row.closedAt(), "/api/cases/" + row.caseNumber());
  }

  /** One case found; never the full ID number or phone. */
  record CaseHit(
      String caseNumber,
      Instant registeredAt,
      String petitionerName,
      String idNumberMasked,
      String phoneMasked,
      String categoryCode,
      String categoryName,
      String unitCode,
      String unitName,
      String townshipCode,
      String townshipName,
      String stage,
      String stageName,
      String status,
      String statusName,
      Instant currentDue,
      boolean overdue,
      Instant closedAt,
      String href) {}

  record SearchPage(long total, int page, int size, String sort, List<CaseHit> cases) {}
}
