package cn.gov.sixian.reception.referral;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Accountability referrals in {@code accountability_referral}, for the counts supervisors watch. */
@Repository
public class ReferralRegister {

  private final JdbcTemplate jdbc;

  public ReferralRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void proposed(String processInstanceId, String caseNumber, String unitCode, ReferralReason reason,
      String details, Instant at) {
    jdbc.update(
        "INSERT INTO accountability_referral (process_instance_id, case_number, unit_code, reason,"
            + " details, proposed_at) VALUES (?, ?, ?, ?, ?, ?)",
        processInstanceId, caseNumber, unitCode, reason.name(), details, Timestamp.from(at));
  }

  void decided(String processInstanceId, boolean referred, Instant at) {
    jdbc.update(
        "UPDATE accountability_referral SET referred = ?, decided_at = ? WHERE process_instance_id = ?",
        referred, Timestamp.from(at), processInstanceId);
  }

  void examined(String processInstanceId, String result) {
    jdbc.update("UPDATE accountability_referral SET result = ? WHERE process_instance_id = ?",
        result, processInstanceId);
  }

}
