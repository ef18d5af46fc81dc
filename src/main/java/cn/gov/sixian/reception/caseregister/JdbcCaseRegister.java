package cn.gov.sixian.reception.caseregister;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register in table {@code petition_case}; joins the engine's transaction. */
@Repository
class JdbcCaseRegister implements CaseRegister {

  private static final String COLUMNS =
      "case_number, process_instance_id, registered_at, petitioner_name, id_number, phone,"
          + " address, problem_category, matter_summary, township, visitor_count, group_visit,"
          + " first_visit, unit_code, unit_name, status, outcome, satisfaction, closed_at";

  private final JdbcTemplate jdbc;

  JdbcCaseRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void add(CaseRecord r) {
    jdbc.update(
        "INSERT INTO petition_case (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.caseNumber(), r.processInstanceId(), timestamp(r.registeredAt()), r.petitionerName(),
        r.idNumber(), r.phone(), r.address(), r.problemCategory(), r.matterSummary(),
        r.township(), r.visitorCount(), r.groupVisit(), r.firstVisit(), r.unitCode(),
        r.unitName(), r.status().name(), r.outcome(), r.satisfaction(), timestamp(r.closedAt()));
  }

  @Override
  public List<CaseRecord> findByIdNumber(String idNumber) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM petition_case WHERE id_number = ?"
            + " ORDER BY registered_at DESC, case_number DESC",
        JdbcCaseRegister::map,
        idNumber);
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM petition_case WHERE case_number = ?",
            JdbcCaseRegister::map,
            caseNumber)
        .stream()
        .findFirst();
  }

  @Override
  public void assign(
      String caseNumber,
      String problemCategory,
      boolean firstVisit,
      String unitCode,
      String unitName) {
    requireOne(
        jdbc.update(
            "UPDATE petition_case SET problem_category = ?, first_visit = ?, unit_code = ?,"
                + " unit_name = ? WHERE case_number = ?",
            problemCategory, firstVisit, unitCode, unitName, caseNumber),
        caseNumber);
  }

  @Override
  public void close(String caseNumber, String outcome, String satisfaction, Instant closedAt) {
    requireOne(
        jdbc.update(
            "UPDATE petition_case SET status = ?, outcome = ?, satisfaction = ?, closed_at = ?"
                + " WHERE case_number = ?",
            CaseStatus.CLOSED.name(), outcome, satisfaction, timestamp(closedAt), caseNumber),
        caseNumber);
  }

  private static void requireOne(int updated, String caseNumber) {
    if (updated != 1) {
      throw new IllegalStateException("Case " + caseNumber + " is not in the register");
    }
  }



  private static CaseRecord map(ResultSet rs, int row) throws SQLException {
    return new CaseRecord(
        rs.getString("case_number"),
        rs.getString("process_instance_id"),
        instant(rs, "registered_at"),
        rs.getString("petitioner_name"),
        rs.getString("id_number"),
        rs.getString("phone"),
        rs.getString("address"),
        rs.getString("problem_category"),
        rs.getString("matter_summary"),
        rs.getString("township"),
        rs.getInt("visitor_count"),
        rs.getBoolean("group_visit"),
        rs.getBoolean("first_visit"),
        rs.getString("unit_code"),
        rs.getString("unit_name"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("outcome"),
        rs.getString("satisfaction"),
        instant(rs, "closed_at"));
  }
}
