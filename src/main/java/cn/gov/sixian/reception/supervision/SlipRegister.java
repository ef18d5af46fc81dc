package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Supervision slips in {@code supervision_slip}; joins the engine's transaction. */
@Repository
public class SlipRegister {

  private final JdbcTemplate jdbc;

  SlipRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void add(Slip s) {
    jdbc.update(
        "INSERT INTO supervision_slip (slip_number, case_number, process_instance_id, unit_code,"
            + " unit_name, reason, details, deadline_at, issued_at, issued_by, feedback_due,"
            + " answered_at, feedback, late, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        s.slipNumber(), s.caseNumber(), s.processInstanceId(), s.unitCode(), s.unitName(),
        s.reason().name(), s.details(), timestamp(s.deadlineAt()), timestamp(s.issuedAt()), s.issuedBy(),
        timestamp(s.feedbackDue()), timestamp(s.answeredAt()), s.feedback(), s.late(), s.status().name());
  }

  int countOfCase(String caseNumber) {
    Integer n = jdbc.queryForObject(
        "SELECT COUNT(*) FROM supervision_slip WHERE case_number = ?", Integer.class, caseNumber);
    return n == null ? 0 : n;
  }

  /** A slip of the case still waiting for feedback or review. */
  boolean hasOpenSlip(String caseNumber) {
    Integer n = jdbc.queryForObject(
        "SELECT COUNT(*) FROM supervision_slip WHERE case_number = ? AND status IN ('OPEN', 'ANSWERED')",
        Integer.class, caseNumber);
    return n != null && n > 0;
  }

  /** Whether a slip was already raised for this passed deadline. */
  boolean raisedFor(String caseNumber, SupervisionReason reason, Instant deadline) {
    Integer n = jdbc.queryForObject(
        "SELECT COUNT(*) FROM supervision_slip WHERE case_number = ? AND reason = ? AND deadline_at = ?",
        Integer.class, caseNumber, reason.name(), timestamp(deadline));
    return n != null && n > 0;
  }

  void answered(String slipNumber, Instant at, String feedback) {
    jdbc.update("UPDATE supervision_slip SET answered_at = ?, feedback = ?, status = ? WHERE slip_number = ?",
        timestamp(at), feedback, SlipStatus.ANSWERED.name(), slipNumber);
  }

  void late(String slipNumber) {
    jdbc.update("UPDATE supervision_slip SET late = ? WHERE slip_number = ?", true, slipNumber);
  }

  void reviewed(String slipNumber, boolean accepted) {
    jdbc.update("UPDATE supervision_slip SET status = ? WHERE slip_number = ?",
        (accepted ? SlipStatus.ACCEPTED : SlipStatus.REJECTED).name(), slipNumber);
  }

  List<Slip> ofCase(String caseNumber) {
    return jdbc.query("SELECT * FROM supervision_slip WHERE case_number = ? ORDER BY issued_at",
        SlipRegister::map, caseNumber);
  }

  /** Slips still open at {@code to} or issued within [from, to). */
  public List<Slip> relevantTo(Instant from, Instant to) {
    return jdbc.query(
        "SELECT * FROM supervision_slip WHERE (issued_at >= ? AND issued_at < ?)"
            + " OR (issued_at < ? AND status IN ('OPEN', 'ANSWERED')) ORDER BY unit_code, issued_at",
        SlipRegister::map, timestamp(from), timestamp(to), timestamp(to));
  }



  private static Slip map(ResultSet rs, int row) throws SQLException {
    return new Slip(rs.getString("slip_number"), rs.getString("case_number"),
        rs.getString("process_instance_id"), rs.getString("unit_code"), rs.getString("unit_name"),
        SupervisionReason.valueOf(rs.getString("reason")), rs.getString("details"),
        instant(rs, "deadline_at"), instant(rs, "issued_at"), rs.getString("issued_by"),
        instant(rs, "feedback_due"), instant(rs, "answered_at"), rs.getString("feedback"),
        rs.getBoolean("late"), SlipStatus.valueOf(rs.getString("status")));
  }
}
