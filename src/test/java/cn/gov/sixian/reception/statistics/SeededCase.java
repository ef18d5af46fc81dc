package cn.gov.sixian.reception.statistics;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case written straight into the case register with its reporting columns, as
 * {@code CaseProgressRecorder} and the closing would have left it. Times are local times of the
 * center (Asia/Shanghai).
 */
final class SeededCase {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static int sequence;

  final String caseNumber;
  final LocalDateTime registeredAt;
  String processInstanceId;
  String unitCode;
  String category = "wage-arrears";
  String township;
  boolean firstVisit = true;
  boolean groupVisit;
  boolean skipLevel;
  boolean closed;
  String satisfaction;
  LocalDateTime closedAt;
  Integer workingDays;
  String stage;
  String stageName;
  LocalDateTime acceptanceDue;
  LocalDateTime acceptanceDecidedAt;
  LocalDateTime acceptedAt;
  LocalDateTime handlingDue;
  LocalDateTime repliedAt;
  LocalDateTime currentDue;

  private SeededCase(String caseNumber, LocalDateTime registeredAt, String unitCode) {
    this.caseNumber = caseNumber;
    this.registeredAt = registeredAt;
    this.unitCode = unitCode;
    this.processInstanceId = "pi-" + caseNumber + "-" + (++sequence);
  }

  static SeededCase registered(String caseNumber, String at, String unitCode) {
    return new SeededCase(caseNumber, LocalDateTime.parse(at), unitCode);
  }

  SeededCase category(String code) {
    category = code;
    return this;
  }

  SeededCase township(String code) {
    township = code;
    return this;
  }

  SeededCase repeat() {
    firstVisit = false;
    return this;
  }

  SeededCase group() {
    groupVisit = true;
    return this;
  }

  SeededCase skipLevel() {
    skipLevel = true;
    return this;
  }

  SeededCase closed(String at, String satisfaction, int workingDays) {
    closed = true;
    closedAt = LocalDateTime.parse(at);
    this.satisfaction = satisfaction;
    this.workingDays = workingDays;
    stage = "Event_CaseArchived";
    stageName = "已结案归档";
    currentDue = null;
    return this;
  }

  SeededCase acceptance(String due, String decidedAt) {
    acceptanceDue = LocalDateTime.parse(due);
    acceptanceDecidedAt = decidedAt == null ? null : LocalDateTime.parse(decidedAt);
    return this;
  }

  SeededCase handling(String acceptedAt, String due, String repliedAt) {
    this.acceptedAt = LocalDateTime.parse(acceptedAt);
    handlingDue = LocalDateTime.parse(due);
    this.repliedAt = repliedAt == null ? null : LocalDateTime.parse(repliedAt);
    return this;
  }

  /** Open, waiting at {@code stage} on the limit {@code due} (null: none runs). */
  SeededCase waitingAt(String stage, String stageName, String due) {
    this.stage = stage;
    this.stageName = stageName;
    currentDue = due == null ? null : LocalDateTime.parse(due);
    return this;
  }

  SeededCase insert(JdbcTemplate jdbc) {
    jdbc.update(
        "INSERT INTO petition_case (case_number, process_instance_id, registered_at,"
            + " petitioner_name, id_number, problem_category, township, visitor_count, group_visit,"
            + " first_visit, unit_code, unit_name, status, satisfaction, closed_at, stage,"
            + " stage_name, acceptance_due, acceptance_decided_at, accepted_at, handling_due,"
            + " replied_at, current_due, skip_level, handling_working_days)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        caseNumber, processInstanceId, ts(registeredAt), "测试", "341322199001011234", category,
        township, groupVisit ? 6 : 1, groupVisit, firstVisit, unitCode, null,
        closed ? "CLOSED" : "OPEN", satisfaction, ts(closedAt), stage, stageName,
        ts(acceptanceDue), ts(acceptanceDecidedAt), ts(acceptedAt), ts(handlingDue),
        ts(repliedAt), ts(currentDue), skipLevel, workingDays);
    return this;
  }

  static Timestamp ts(LocalDateTime local) {
    return local == null ? null : Timestamp.from(local.atZone(ZONE).toInstant());
  }
}
