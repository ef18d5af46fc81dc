package cn.gov.sixian.reception.accesslog;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The access log (查阅记录, tables {@code case_access_log} and {@code case_access_log_case}, V8):
 * who looked at which petitioners' cases, when, through which endpoint and for what. Written
 * before the answer leaves, so that no personal data is shown unrecorded; read by administrators
 * only ({@link AccessLogController}). Criteria are stored as the caller gives them, with ID
 * numbers and phones masked.
 */
@Repository
public class AccessLog {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  AccessLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A search: its (masked) criteria, how many cases it found, and the cases on the page shown. */
  public void recordSearch(String userId, String endpoint, String purpose, String criteria,
      long resultCount, List<String> casesShown) {
    record(userId, endpoint, purpose, criteria, resultCount, casesShown);
  }

  /** One case opened with its personal data. */
  public void recordOpening(String userId, String endpoint, String purpose, String caseNumber) {
    record(userId, endpoint, purpose, null, null, List.of(caseNumber));
  }

  /**
   * A material of a case uploaded or downloaded: the case, and the material's id in {@code
   * criteria} ({@code material=<id>}), so that the entry names the file without repeating it.
   */
  public void recordMaterial(String userId, String endpoint, String caseNumber, String materialId) {
    record(userId, endpoint, null, "material=" + materialId, null, List.of(caseNumber));
  }

  /**
   * One action on a case with what it concerned in {@code criteria} (e.g. {@code document=<id>}):
   * the petitioner's own view records each look-up, download, evaluation and review request so.
   */
  public void recordCaseAction(String userId, String endpoint, String purpose, String criteria,
      String caseNumber) {
    record(userId, endpoint, purpose, criteria, null, List.of(caseNumber));
  }

  private void record(String userId, String endpoint, String purpose, String criteria,
      Long resultCount, List<String> cases) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO case_access_log (accessed_at, user_id, endpoint, purpose, criteria,"
              + " result_count) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setTimestamp(1, timestamp(clock.instant()));
      insert.setString(2, userId);
      insert.setString(3, endpoint);
      insert.setString(4, purpose);
      insert.setString(5, criteria);
      insert.setObject(6, resultCount);
      return insert;
    }, key);
    long id = key.getKey().longValue();
    List<Object[]> rows = new ArrayList<>();
    for (String caseNumber : new LinkedHashSet<>(cases)) {
      rows.add(new Object[] {id, caseNumber});
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO case_access_log_case (log_id, case_number) VALUES (?, ?)", rows);
    }
  }

  /** One page of entries in [start, end), newest first, optionally for one user or case. */
  Page find(Instant start, Instant end, String userId, String caseNumber, int page, int size) {
    List<Object> params = new ArrayList<>(List.of(timestamp(start), timestamp(end)));
    StringBuilder where = new StringBuilder(" WHERE l.accessed_at >= ? AND l.accessed_at < ?");
    if (userId != null) {
      where.append(" AND l.user_id = ?");
      params.add(userId);
    }
    if (caseNumber != null) {
      where.append(" AND EXISTS (SELECT 1 FROM case_access_log_case k"
          + " WHERE k.log_id = l.id AND k.case_number = ?)");
      params.add(caseNumber);
    }
    Long total = jdbc.queryForObject(
        "SELECT COUNT(*) FROM case_access_log l" + where, Long.class, params.toArray());
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    Map<Long, Entry> entries = new LinkedHashMap<>();
    jdbc.query("SELECT l.id, l.accessed_at, l.user_id, l.endpoint, l.purpose, l.criteria,"
        + " l.result_count FROM case_access_log l" + where
        + " ORDER BY l.accessed_at DESC, l.id DESC LIMIT ? OFFSET ?", rs -> {
          long count = rs.getLong("result_count");
          Long resultCount = rs.wasNull() ? null : count;
          entries.put(rs.getLong("id"), new Entry(instant(rs, "accessed_at"),
              rs.getString("user_id"), rs.getString("endpoint"), rs.getString("purpose"),
              rs.getString("criteria"), resultCount, new ArrayList<>()));
        }, pageParams.toArray());
    if (!entries.isEmpty()) {
      String ids = String.join(", ", entries.keySet().stream().map(id -> "?").toList());
      jdbc.query("SELECT log_id, case_number FROM case_access_log_case WHERE log_id IN (" + ids
          + ") ORDER BY log_id, case_number", rs -> {
            entries.get(rs.getLong("log_id")).caseNumbers().add(rs.getString("case_number"));
          }, entries.keySet().toArray());
    }
    return new Page(total == null ? 0 : total, page, size, List.copyOf(entries.values()));
  }

  /** One access: {@code resultCount} is null for the opening of a case. */
  record Entry(Instant accessedAt, String userId, String endpoint, String purpose,
      String criteria, Long resultCount, List<String> caseNumbers) {}

  record Page(long total, int page, int size, List<Entry> entries) {}
}
