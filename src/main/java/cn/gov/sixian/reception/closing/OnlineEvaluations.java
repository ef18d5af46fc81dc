package cn.gov.sixian.reception.closing;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The petitioner's own evaluation on the public page (信访人网上评价), as the register keeps it
 * ({@code petition_case}): read by the case record, the dossier and 满意度评价.
 */
@Component
public class OnlineEvaluations {

  /** The rating (a {@link Satisfaction} name), the comment if any, and when it was given. */
  public record OnlineEvaluation(String satisfaction, String comment, Instant evaluatedAt) {}

  private final JdbcTemplate jdbc;

  public OnlineEvaluations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<OnlineEvaluation> of(String caseNumber) {
    return jdbc.query("SELECT petitioner_satisfaction, petitioner_comment, petitioner_evaluated_at"
            + " FROM petition_case WHERE case_number = ? AND petitioner_satisfaction IS NOT NULL",
        (rs, i) -> new OnlineEvaluation(rs.getString("petitioner_satisfaction"),
            rs.getString("petitioner_comment"), JdbcTimes.instant(rs, "petitioner_evaluated_at")),
        caseNumber).stream().findFirst();
  }
}
