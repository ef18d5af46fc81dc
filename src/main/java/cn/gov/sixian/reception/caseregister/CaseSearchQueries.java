package cn.gov.sixian.reception.caseregister;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the case search, on the register ({@code petition_case}) and the readers' table
 * ({@code case_reader}) only: no engine table is read. One statement gives the page and the total
 * (a window count), so a search scans its rows once. Plain SQL that H2 and PostgreSQL both run.
 */
@Repository
class CaseSearchQueries {

  private static final String COLUMNS = "c.case_number, c.registered_at, c.petitioner_name,"
      + " c.id_number, c.phone, c.problem_category, c.unit_code, c.unit_name, c.township,"
      + " c.stage, c.stage_name, c.status, c.current_due, c.closed_at";

  private final JdbcTemplate jdbc;

  CaseSearchQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of the cases matching {@code criteria} that {@code readerGroups} may read (empty:
   * every case), and how many match in all.
   */
  Result search(CaseSearchCriteria criteria, Optional<List<String>> readerGroups, Instant now,
      ZoneId zone) {
    if (readerGroups.isPresent() && readerGroups.get().isEmpty()) {
      return new Result(0, List.of());
    }
    List<Object> params = new ArrayList<>();
    String where = where(criteria, readerGroups, now, zone, params);
    String order = criteria.sort() == CaseSearchCriteria.Sort.DUE
        ? " ORDER BY c.current_due ASC NULLS LAST, c.registered_at DESC, c.case_number DESC"
        : " ORDER BY c.registered_at DESC, c.case_number DESC";
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(criteria.size());
    pageParams.add(criteria.page() * criteria.size());
    long[] total = {-1};
    List<Row> rows = jdbc.query(
        "SELECT " + COLUMNS + ", COUNT(*) OVER () AS total FROM petition_case c" + where + order
            + " LIMIT ? OFFSET ?",
        (rs, n) -> {
          total[0] = rs.getLong("total");
          return new Row(rs.getString("case_number"), instant(rs, "registered_at"),
              rs.getString("petitioner_name"), rs.getString("id_number"), rs.getString("phone"),
              rs.getString("problem_category"), rs.getString("unit_code"),
              rs.getString("unit_name"), rs.getString("township"), rs.getString("stage"),
              rs.getString("stage_name"), CaseStatus.valueOf(rs.getString("status")),
              instant(rs, "current_due"), instant(rs, "closed_at"));
        },
        pageParams.toArray());
    if (total[0] < 0) {
      // a page past the end: the total still answers how many there are
      Long count = criteria.page() == 0 ? Long.valueOf(0) : jdbc.queryForObject(
          "SELECT COUNT(*) FROM petition_case c" + where, Long.class, params.toArray());
      total[0] = count == null ? 0 : count;
    }
    return new Result(total[0], rows);
  }

  private static String where(CaseSearchCriteria criteria, Optional<List<String>> readerGroups,
      Instant now, ZoneId zone, List<Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    if (criteria.caseNumber() != null) {
      sql.append(" AND c.case_number = ?");
      params.add(criteria.caseNumber());
    }
    if (criteria.name() != null) {
      sql.append(" AND c.petitioner_name LIKE ? ESCAPE '\\'");
      params.add("%" + criteria.name().replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%");
    }
    if (criteria.idNumber() != null) {
      sql.append(" AND c.id_number = ?");
      params.add(criteria.idNumber());
    }
    if (criteria.phone() != null) {
      List<String> variants = criteria.phoneVariants();
      sql.append(" AND c.phone IN (").append(marks(variants.size())).append(")");
      params.addAll(variants);
    }
    if (criteria.from() != null) {
      sql.append(" AND c.registered_at >= ? AND c.registered_at < ?");
      params.add(timestamp(criteria.from().atStartOfDay(zone).toInstant()));
      params.add(timestamp(criteria.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
    equal(sql, params, "c.problem_category", criteria.category());
    equal(sql, params, "c.unit_code", criteria.unit());
    equal(sql, params, "c.township", criteria.township());
    equal(sql, params, "c.stage", criteria.stage());
    if (criteria.state() != null) {
      switch (criteria.state()) {
        case OPEN -> sql.append(" AND c.status = 'OPEN'");
        case CLOSED -> sql.append(" AND c.status = 'CLOSED'");
        case OVERDUE -> {
          sql.append(" AND c.status = 'OPEN' AND c.current_due < ?");
          params.add(timestamp(now));
        }
      }
    }
    if (readerGroups.isPresent()) {
      // the caller's groups that were given the case (units, leaders, lawyers …)
      sql.append(" AND EXISTS (SELECT 1 FROM case_reader r WHERE r.case_number = c.case_number"
          + " AND r.group_id IN (").append(marks(readerGroups.get().size())).append("))");
      params.addAll(readerGroups.get());
    }
    return sql.toString();
  }

  private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      params.add(value);
    }
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** A register row as the search reads it; the full numbers stay in this package. */
  record Row(String caseNumber, Instant registeredAt, String petitionerName, String idNumber,
      String phone, String category, String unitCode, String unitName, String township,
      String stage, String stageName, CaseStatus status, Instant currentDue, Instant closedAt) {}

  record Result(long total, List<Row> rows) {}
}
