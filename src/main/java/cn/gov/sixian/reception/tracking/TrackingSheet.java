package cn.gov.sixian.reception.tracking;

import static cn.gov.sixian.reception.process.ProcessVariables.TRACKING_SHEET;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.OpenCases;
import cn.gov.sixian.reception.identity.PersonNames;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The tracking sheet of a case (信访案件跟踪督办情况表): every supervision action with date, who,
 * what and the unit's answer, kept in {@code tracking_entry} and mirrored as a text variable on
 * every running instance of the case so its task forms show it.
 */
@Service
public class TrackingSheet {

  static final String[] CASE_PROCESSES = {
    ProcessKeys.JOINT_RECEPTION, ProcessKeys.MEDIATION, ProcessKeys.SUPERVISION,
    ProcessKeys.ACCOUNTABILITY_REFERRAL
  };

  private final JdbcTemplate jdbc;
  private final OpenCases openCases;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;

  public TrackingSheet(JdbcTemplate jdbc, OpenCases openCases, WorkingDayCalendar calendar,
      @Lazy IdentityService identityService) {
    this.jdbc = jdbc;
    this.openCases = openCases;
    this.calendar = calendar;
    this.identityService = identityService;
  }

  public void add(String caseNumber, String actor, TrackingAction action, String content, String unitAnswer) {
    Instant now = calendar.now();
    Integer seq = jdbc.queryForObject(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM tracking_entry WHERE case_number = ?",
        Integer.class, caseNumber);
    jdbc.update(
        "INSERT INTO tracking_entry (case_number, entry_at, seq, actor, action, content, unit_answer)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        caseNumber, Timestamp.from(now), seq, actor, action.name(), content, unitAnswer);
    openCases.setOnAll(caseNumber, TRACKING_SHEET, text(caseNumber), CASE_PROCESSES);
  }

  /** The sheet as the task forms show it, one line per entry. */
  public String text(String caseNumber) {
    return jdbc.query(
            "SELECT entry_at, actor, action, content, unit_answer FROM tracking_entry"
                + " WHERE case_number = ? ORDER BY seq",
            (rs, row) -> String.join("｜",
                ChineseDates.format(calendar.localDate(rs.getTimestamp("entry_at").toInstant())),
                who(rs.getString("actor")),
                TrackingAction.valueOf(rs.getString("action")).label(),
                rs.getString("content"),
                rs.getString("unit_answer") == null ? "—" : rs.getString("unit_answer")),
            caseNumber)
        .stream().collect(Collectors.joining("\n"));
  }

  /** The user's name as staff know it (王芳), the id if unknown, 系统 for jobs. */
  private String who(String userId) {
    if (userId == null) {
      return "系统";
    }
    return PersonNames.fullName(identityService.createUserQuery().userId(userId).singleResult(), userId);
  }

}
