package cn.gov.sixian.reception.review;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which body reviews (tables {@code review_body} and {@code unit_review_body}, V15): the
 * next-higher body of each responsible unit, and of each body.
 */
@Repository
public class ReviewBodies {

  private static final String COLUMNS =
      "SELECT b.body_code, b.name, b.in_county, b.higher_body_code, b.email FROM review_body b";

  private final JdbcTemplate jdbc;

  public ReviewBodies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The body that reviews a written reply of the unit. */
  public Optional<ReviewBody> ofUnit(String unitCode) {
    return jdbc.query(COLUMNS + " JOIN unit_review_body u ON u.body_code = b.body_code"
        + " WHERE u.unit_code = ?", (rs, i) -> body(rs), unitCode).stream().findFirst();
  }

  public Optional<ReviewBody> find(String bodyCode) {
    return jdbc.query(COLUMNS + " WHERE b.body_code = ?", (rs, i) -> body(rs), bodyCode)
        .stream().findFirst();
  }

  /** The body that re-reviews what {@code bodyCode} reviewed. */
  public Optional<ReviewBody> higherThan(String bodyCode) {
    return find(bodyCode).map(ReviewBody::higherBodyCode).flatMap(this::find);
  }

  /** The bodies inside the county: each is a group in the engine. */
  public List<ReviewBody> inCounty() {
    return jdbc.query(COLUMNS + " WHERE b.in_county = TRUE ORDER BY b.body_code",
        (rs, i) -> body(rs));
  }

  private static ReviewBody body(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ReviewBody(rs.getString("body_code"), rs.getString("name"),
        rs.getBoolean("in_county"), rs.getString("higher_body_code"), rs.getString("email"));
  }
}
