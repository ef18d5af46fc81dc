package cn.gov.sixian.reception.statistics;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes the reporting columns of {@code petition_case} (migration V4); joins the engine's transaction. */
@Repository
class CaseProgressStore {

  private final JdbcTemplate jdbc;

  CaseProgressStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(CaseProgress p) {
    // the first decision counts for timely acceptance; a case sent back keeps it
    jdbc.update(
        "UPDATE petition_case SET stage = ?, stage_name = ?, stage_since = ?, transferred_at = ?,"
            + " acceptance_due = ?,"
            + " acceptance_decided_at = COALESCE(acceptance_decided_at, ?),"
            + " accepted_at = ?, handling_due = ?, replied_at = ?, current_due = ?,"
            + " skip_level = (skip_level OR ?)"
            + " WHERE process_instance_id = ?",
        p.stage(), p.stageName(), timestamp(p.stageSince()), timestamp(p.transferredAt()),
        timestamp(p.acceptanceDue()), timestamp(p.acceptanceDecidedAt()),
        timestamp(p.acceptedAt()), timestamp(p.handlingDue()), timestamp(p.repliedAt()),
        timestamp(p.currentDue()), p.skipLevel(), p.processInstanceId());
  }

  /** Fixes the working days from registration to closing, once the case is archived. */
  void recordClosing(String processInstanceId, WorkingDayCalendar calendar) {
    List<Timestamp> registered = jdbc.queryForList(
        "SELECT registered_at FROM petition_case WHERE process_instance_id = ?",
        Timestamp.class, processInstanceId);
    if (registered.isEmpty()) {
      return;
    }
    int days = calendar.workingDaysBetween(
        calendar.localDate(registered.get(0).toInstant()), calendar.today());
    jdbc.update(
        "UPDATE petition_case SET handling_working_days = ?, current_due = NULL"
            + " WHERE process_instance_id = ?",
        days, processInstanceId);
  }

  /** Fixes the working days of the instance's mediation tiers that have ended. */
  void recordTierDays(String processInstanceId, WorkingDayCalendar calendar) {
    List<int[]> ended = jdbc.query(
        "SELECT tier, started_at, ended_at FROM mediation_tier"
            + " WHERE process_instance_id = ? AND ended_at IS NOT NULL AND working_days IS NULL",
        (rs, row) -> new int[] {rs.getInt("tier"), calendar.workingDaysBetween(
            calendar.localDate(rs.getTimestamp("started_at").toInstant()),
            calendar.localDate(rs.getTimestamp("ended_at").toInstant()))},
        processInstanceId);
    for (int[] tierAndDays : ended) {
      jdbc.update(
          "UPDATE mediation_tier SET working_days = ? WHERE process_instance_id = ? AND tier = ?",
          tierAndDays[1], processInstanceId, tierAndDays[0]);
    }
  }

  void markSkipLevel(String caseNumber) {
    jdbc.update("UPDATE petition_case SET skip_level = ? WHERE case_number = ?", true, caseNumber);
  }
}
