package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tier log in table {@code mediation_tier}; joins the engine's transaction. */
@Repository
class JdbcMediationTierLog implements MediationTierLog {

  private final JdbcTemplate jdbc;

  JdbcMediationTierLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void started(String caseNumber, String processInstanceId, int tier, Instant at, Instant dueAt) {
    jdbc.update(
        "INSERT INTO mediation_tier (case_number, process_instance_id, tier, started_at, due_at,"
            + " overdue) VALUES (?, ?, ?, ?, ?, ?)",
        caseNumber, processInstanceId, tier, timestamp(at), timestamp(dueAt), false);
  }

  @Override
  public void ended(String processInstanceId, int tier, Instant at, TierOutcome outcome, String actor) {
    jdbc.update(
        "UPDATE mediation_tier SET ended_at = ?, outcome = ?, actor = ?"
            + " WHERE process_instance_id = ? AND tier = ?",
        timestamp(at), outcome.name(), actor, processInstanceId, tier);
  }

  @Override
  public void overdue(String processInstanceId, int tier) {
    jdbc.update(
        "UPDATE mediation_tier SET overdue = ? WHERE process_instance_id = ? AND tier = ?",
        true, processInstanceId, tier);
  }

  @Override
  public List<TierRecord> ofCase(String caseNumber) {
    return jdbc.query(
        "SELECT * FROM mediation_tier WHERE case_number = ? ORDER BY started_at, tier",
        JdbcMediationTierLog::map, caseNumber);
  }



  private static TierRecord map(ResultSet rs, int row) throws SQLException {
    return new TierRecord(
        rs.getString("case_number"), rs.getString("process_instance_id"), rs.getInt("tier"),
        instant(rs, "started_at"), instant(rs, "due_at"), instant(rs, "ended_at"),
        rs.getString("outcome"), rs.getString("actor"), rs.getBoolean("overdue"));
  }
}
