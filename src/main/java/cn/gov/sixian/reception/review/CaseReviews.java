package cn.gov.sixian.reception.review;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reviews and re-reviews of cases ({@code case_review}, V15). */
@Repository
public class CaseReviews {

  private static final String COLUMNS = "SELECT process_instance_id, case_number, kind, body_code,"
      + " body_name, in_county, requested_at, requested_by, reason, due_at, sent_at, hearing_held,"
      + " decided_at, outcome, opinion, overdue, status FROM case_review";

  private final JdbcTemplate jdbc;

  public CaseReviews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds a requested review; a second of the same kind for the case breaks the unique key
   * ({@code DuplicateKeyException}), so two staff at once cannot both start one.
   */
  void add(CaseReview r) {
    jdbc.update("INSERT INTO case_review (process_instance_id, case_number, kind, body_code,"
            + " body_name, in_county, requested_at, requested_by, reason, due_at, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.processInstanceId(), r.caseNumber(), r.kind().name(), r.bodyCode(), r.bodyName(),
        r.inCounty(), JdbcTimes.timestamp(r.requestedAt()), r.requestedBy(), r.reason(),
        JdbcTimes.timestamp(r.dueAt()), r.status().name());
  }

  void sent(String processInstanceId, Instant sentAt) {
    jdbc.update("UPDATE case_review SET sent_at = ?, status = ? WHERE process_instance_id = ?",
        JdbcTimes.timestamp(sentAt), ReviewStatus.SENT.name(), processInstanceId);
  }

  void hearingHeld(String processInstanceId) {
    jdbc.update("UPDATE case_review SET hearing_held = TRUE WHERE process_instance_id = ?",
        processInstanceId);
  }

  void overdue(String processInstanceId) {
    jdbc.update("UPDATE case_review SET overdue = TRUE WHERE process_instance_id = ?",
        processInstanceId);
  }

  void decided(String processInstanceId, Instant at, ReviewOutcome outcome, String opinion) {
    jdbc.update("UPDATE case_review SET decided_at = ?, outcome = ?, opinion = ?, status = ?"
            + " WHERE process_instance_id = ?", JdbcTimes.timestamp(at), outcome.name(), opinion,
        ReviewStatus.DECIDED.name(), processInstanceId);
  }

  public Optional<CaseReview> find(String caseNumber, ReviewKind kind) {
    return jdbc.query(COLUMNS + " WHERE case_number = ? AND kind = ?", CaseReviews::review,
        caseNumber, kind.name()).stream().findFirst();
  }

  /** The case's review and re-review, in the order requested. */
  public List<CaseReview> ofCase(String caseNumber) {
    return jdbc.query(COLUMNS + " WHERE case_number = ? ORDER BY requested_at", CaseReviews::review,
        caseNumber);
  }

  /** The reviews of each of the cases that has any. */
  public Map<String, List<CaseReview>> ofCases(Collection<String> caseNumbers) {
    if (caseNumbers.isEmpty()) {
      return Map.of();
    }
    Map<String, List<CaseReview>> byCase = new HashMap<>();
    jdbc.query(COLUMNS + " WHERE case_number IN ("
            + String.join(", ", Collections.nCopies(caseNumbers.size(), "?"))
            + ") ORDER BY requested_at", (ResultSet rs) -> {
          CaseReview r = review(rs, 0);
          byCase.computeIfAbsent(r.caseNumber(), k -> new ArrayList<>()).add(r);
        }, caseNumbers.toArray());
    return byCase;
  }

  private static CaseReview review(ResultSet rs, int row) throws SQLException {
    return new CaseReview(rs.getString("process_instance_id"), rs.getString("case_number"),
        ReviewKind.valueOf(rs.getString("kind")), rs.getString("body_code"),
        rs.getString("body_name"), rs.getBoolean("in_county"),
        JdbcTimes.instant(rs, "requested_at"), rs.getString("requested_by"),
        rs.getString("reason"), JdbcTimes.instant(rs, "due_at"), JdbcTimes.instant(rs, "sent_at"),
        rs.getBoolean("hearing_held"), JdbcTimes.instant(rs, "decided_at"),
        rs.getString("outcome"), rs.getString("opinion"), rs.getBoolean("overdue"),
        ReviewStatus.valueOf(rs.getString("status")));
  }
}
