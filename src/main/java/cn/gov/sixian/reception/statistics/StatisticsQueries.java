package cn.gov.sixian.reception.statistics;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import cn.gov.sixian.reception.review.ReviewKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The statistics' SQL, all on the project's own reporting tables (petition_case with its V4
 * columns, mediation_tier, supervision_slip, accountability_referral), each query bounded by an
 * indexed date range. Plain SQL that H2 and PostgreSQL both run.
 */
@Repository
class StatisticsQueries {

  /** Longest overdue list returned; the counts are complete regardless. */
  static final int OVERDUE_LIST_LIMIT = 500;

  /** How the case rows of one group add up; {@code ?} is "now", once per use. */
  /**
   * The evaluation a case counts with: the petitioner's own, given on the public page
   * (publicquery/), takes the place of the one the staff recorded (满意度评价).
   */
  static final String SATISFACTION = "COALESCE(petitioner_satisfaction, satisfaction)";

  private static final String CASE_COUNTS =
      "COUNT(*) AS registered,"
          + " COUNT(*) FILTER (WHERE status = 'CLOSED') AS closed,"
          + " COUNT(*) FILTER (WHERE first_visit) AS first_visit,"
          + " COUNT(*) FILTER (WHERE first_visit AND status = 'CLOSED') AS first_visit_closed,"
          + " COUNT(*) FILTER (WHERE acceptance_decided_at IS NOT NULL OR (status = 'OPEN'"
          + "   AND current_due = acceptance_due AND current_due < ?)) AS acceptance_counted,"
          + " COUNT(*) FILTER (WHERE acceptance_decided_at <= acceptance_due) AS accepted_in_time,"
          + " COUNT(*) FILTER (WHERE accepted_at IS NOT NULL AND (replied_at IS NOT NULL"
          + "   OR (status = 'OPEN' AND handling_due < ?))) AS handling_counted,"
          + " COUNT(*) FILTER (WHERE accepted_at IS NOT NULL AND replied_at <= handling_due)"
          + "   AS handled_on_time,"
          // one evaluation per case: the petitioner's own (public page) before the staff's
          + " COUNT(*) FILTER (WHERE status = 'CLOSED' AND " + SATISFACTION + " IN"
          + "   ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) AS evaluated,"
          + " COUNT(*) FILTER (WHERE status = 'CLOSED' AND " + SATISFACTION + " = 'SATISFIED')"
          + "   AS satisfied,"
          + " COUNT(*) FILTER (WHERE status = 'CLOSED' AND " + SATISFACTION
          + "   = 'BASICALLY_SATISFIED') AS basically_satisfied,"
          + " COUNT(*) FILTER (WHERE NOT first_visit) AS repeat_petitions,"
          + " COUNT(*) FILTER (WHERE group_visit) AS group_visits,"
          + " COUNT(*) FILTER (WHERE skip_level) AS skip_level,"
          + " COUNT(*) FILTER (WHERE status = 'OPEN') AS open_cases,"
          + " COUNT(*) FILTER (WHERE status = 'OPEN' AND current_due < ?) AS overdue,"
          + " COUNT(handling_working_days) AS timed_closed,"
          + " COALESCE(SUM(handling_working_days), 0) AS working_days";

  private final JdbcTemplate jdbc;

  StatisticsQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Case counts of the cases registered in [start, end) by unit, category and township at once
   * (one scan; the caller adds them up per dimension). Null keys are kept.
   */
  Map<CaseKeys, Counts> cases(Instant start, Instant end, Instant now, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(now), timestamp(now), timestamp(now),
        timestamp(start), timestamp(end)));
    String sql = "SELECT unit_code, problem_category, township, " + CASE_COUNTS
        + " FROM petition_case c WHERE c.registered_at >= ? AND c.registered_at < ?"
        + unitFilter("c.unit_code", scope, params)
        + " GROUP BY unit_code, problem_category, township";
    Map<CaseKeys, Counts> result = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      result.put(keys(rs), caseCounts(rs));
    }, params.toArray());
    return result;
  }

  /**
   * Case counts grouped into consecutive buckets by registration time: bucket i holds
   * [bounds[i], bounds[i+1]); the key is the bucket's index as text.
   */
  Map<String, Counts> casesByBucket(List<Instant> bounds, Instant now, Scope scope) {
    // parameters in the order of the text: the three "now" of CASE_COUNTS, the bucket bounds,
    // the period, the units
    List<Object> params = new ArrayList<>(List.of(timestamp(now), timestamp(now), timestamp(now)));
    StringBuilder key = new StringBuilder();
    bucket(key, params, bounds, 0, bounds.size() - 1);
    params.add(timestamp(bounds.get(0)));
    params.add(timestamp(bounds.get(bounds.size() - 1)));
    String sql = "SELECT k, " + CASE_COUNTS + " FROM (SELECT " + key + " AS k, c.*"
        + " FROM petition_case c WHERE c.registered_at >= ? AND c.registered_at < ?"
        + unitFilter("c.unit_code", scope, params) + ") x GROUP BY k";
    Map<String, Counts> result = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      result.put(rs.getString("k"), caseCounts(rs));
    }, params.toArray());
    return result;
  }

  /**
   * The bucket of registered_at among buckets [lo, hi), as nested CASEs halving the range: about
   * log2(weeks) comparisons per row instead of one per week.
   */
  private static void bucket(
      StringBuilder sql, List<Object> params, List<Instant> bounds, int lo, int hi) {
    if (hi - lo == 1) {
      sql.append('\'').append(lo).append('\'');
      return;
    }
    int mid = (lo + hi) / 2;
    sql.append("CASE WHEN registered_at < ? THEN ");
    params.add(timestamp(bounds.get(mid)));
    bucket(sql, params, bounds, lo, mid);
    sql.append(" ELSE ");
    bucket(sql, params, bounds, mid, hi);
    sql.append(" END");
  }

  private static Counts caseCounts(ResultSet rs) throws SQLException {
    Counts c = new Counts();
    c.registered = rs.getLong("registered");
    c.closed = rs.getLong("closed");
    c.firstVisit = rs.getLong("first_visit");
    c.firstVisitClosed = rs.getLong("first_visit_closed");
    c.acceptanceCounted = rs.getLong("acceptance_counted");
    c.acceptedInTime = rs.getLong("accepted_in_time");
    c.handlingCounted = rs.getLong("handling_counted");
    c.handledOnTime = rs.getLong("handled_on_time");
    c.evaluated = rs.getLong("evaluated");
    c.satisfied = rs.getLong("satisfied");
    c.basicallySatisfied = rs.getLong("basically_satisfied");
    c.repeat = rs.getLong("repeat_petitions");
    c.group = rs.getLong("group_visits");
    c.skipLevel = rs.getLong("skip_level");
    c.open = rs.getLong("open_cases");
    c.overdue = rs.getLong("overdue");
    c.timedClosed = rs.getLong("timed_closed");
    c.workingDays = rs.getLong("working_days");
    return c;
  }

  /** Keys a supervision slip, referral or tier row is counted under. */
  record CaseKeys(String unitCode, String category, String township) {}

  /** Slips issued in [start, end): issued, answered after the limit, not answered and past it. */
  Map<CaseKeys, Counts> slips(Instant start, Instant end, Instant now, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(now), timestamp(start), timestamp(end)));
    String sql = "SELECT s.unit_code, c.problem_category, c.township, COUNT(*) AS issued,"
        + " SUM(CASE WHEN s.answered_at > s.feedback_due THEN 1 ELSE 0 END) AS answered_late,"
        + " SUM(CASE WHEN s.answered_at IS NULL AND s.feedback_due < ? THEN 1 ELSE 0 END)"
        + "   AS unanswered"
        + " FROM supervision_slip s LEFT JOIN petition_case c ON c.case_number = s.case_number"
        + " WHERE s.issued_at >= ? AND s.issued_at < ?" + unitFilter("s.unit_code", scope, params)
        + " GROUP BY s.unit_code, c.problem_category, c.township";
    Map<CaseKeys, Counts> result = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      Counts c = result.computeIfAbsent(keys(rs), k -> new Counts());
      c.slipsIssued += rs.getLong("issued");
      c.slipsAnsweredLate += rs.getLong("answered_late");
      c.slipsUnanswered += rs.getLong("unanswered");
    }, params.toArray());
    return result;
  }

  /** Accountability referrals proposed in [start, end). */
  Map<CaseKeys, Counts> referrals(Instant start, Instant end, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(start), timestamp(end)));
    String sql = "SELECT COALESCE(r.unit_code, c.unit_code) AS unit_code, c.problem_category,"
        + " c.township, COUNT(*) AS proposed"
        + " FROM accountability_referral r LEFT JOIN petition_case c ON c.case_number = r.case_number"
        + " WHERE r.proposed_at >= ? AND r.proposed_at < ?"
        + unitFilter("COALESCE(r.unit_code, c.unit_code)", scope, params)
        + " GROUP BY COALESCE(r.unit_code, c.unit_code), c.problem_category, c.township";
    Map<CaseKeys, Counts> result = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      result.computeIfAbsent(keys(rs), k -> new Counts()).referrals += rs.getLong("proposed");
    }, params.toArray());
    return result;
  }

  /** Escalations (tiers 2–4 entered in [start, end)) by the case's unit, category, township. */
  Map<CaseKeys, Counts> escalations(Instant start, Instant end, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(start), timestamp(end)));
    String sql = "SELECT c.unit_code, c.problem_category, c.township, COUNT(*) AS escalations"
        + " FROM mediation_tier t LEFT JOIN petition_case c ON c.case_number = t.case_number"
        + " WHERE t.started_at >= ? AND t.started_at < ? AND t.tier >= 2"
        + unitFilter("c.unit_code", scope, params)
        + " GROUP BY c.unit_code, c.problem_category, c.township";
    Map<CaseKeys, Counts> result = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      result.computeIfAbsent(keys(rs), k -> new Counts()).escalations += rs.getLong("escalations");
    }, params.toArray());
    return result;
  }

  /** Mediation tiers entered in [start, end), by tier: how they ended and the days they took. */
  Map<Integer, StatisticsReport.TierRow> tiers(Instant start, Instant end, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(start), timestamp(end)));
    String sql = "SELECT t.tier, COUNT(*) AS entered,"
        + " SUM(CASE WHEN t.ended_at IS NOT NULL AND t.outcome = 'RESOLVED' THEN 1 ELSE 0 END)"
        + "   AS resolved,"
        + " SUM(CASE WHEN t.ended_at IS NOT NULL AND t.outcome = 'ESCALATE' THEN 1 ELSE 0 END)"
        + "   AS escalated,"
        + " SUM(CASE WHEN t.ended_at IS NOT NULL AND t.outcome = 'DECIDED' THEN 1 ELSE 0 END)"
        + "   AS decided,"
        + " SUM(CASE WHEN t.ended_at IS NULL THEN 1 ELSE 0 END) AS running,"
        + " SUM(CASE WHEN t.working_days IS NULL THEN 0 ELSE 1 END) AS timed,"
        + " SUM(COALESCE(t.working_days, 0)) AS working_days"
        // the case is joined only to know its unit
        + " FROM mediation_tier t" + (scope.all() ? ""
            : " LEFT JOIN petition_case c ON c.case_number = t.case_number")
        + " WHERE t.started_at >= ? AND t.started_at < ?" + unitFilter("c.unit_code", scope, params)
        + " GROUP BY t.tier";
    Map<Integer, StatisticsReport.TierRow> result = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      int tier = rs.getInt("tier");
      result.put(tier, new StatisticsReport.TierRow(tier, null, rs.getLong("entered"),
          rs.getLong("resolved"), rs.getLong("escalated"), rs.getLong("decided"),
          rs.getLong("running"),
          Indicators.average(rs.getLong("working_days"), rs.getLong("timed"))));
    }, params.toArray());
    return result;
  }

  /**
   * Reviews and re-reviews by kind: requested in [start, end) (and of those, marked overdue), and
   * decided in it by outcome; a unit's viewer counts those of its own cases.
   */
  List<StatisticsReport.ReviewRow> reviews(Instant start, Instant end, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(start), timestamp(end),
        timestamp(start), timestamp(end), timestamp(start), timestamp(end), timestamp(start),
        timestamp(end), timestamp(start), timestamp(end), timestamp(start), timestamp(end)));
    String requested = "r.requested_at >= ? AND r.requested_at < ?";
    String decided = "r.decided_at >= ? AND r.decided_at < ?";
    String sql = "SELECT r.kind,"
        + " SUM(CASE WHEN " + requested + " THEN 1 ELSE 0 END) AS requested,"
        + " SUM(CASE WHEN " + decided + " THEN 1 ELSE 0 END) AS decided,"
        + " SUM(CASE WHEN " + decided + " AND r.outcome = 'UPHELD' THEN 1 ELSE 0 END) AS upheld,"
        + " SUM(CASE WHEN " + decided + " AND r.outcome = 'CHANGED' THEN 1 ELSE 0 END) AS changed,"
        + " SUM(CASE WHEN " + decided + " AND r.outcome = 'REVOKED' THEN 1 ELSE 0 END) AS revoked,"
        + " SUM(CASE WHEN " + requested + " AND r.overdue = TRUE THEN 1 ELSE 0 END) AS overdue"
        + " FROM case_review r" + (scope.all() ? ""
            : " JOIN petition_case c ON c.case_number = r.case_number")
        + " WHERE 1 = 1" + unitFilter("c.unit_code", scope, params)
        + " GROUP BY r.kind";
    Map<String, long[]> byKind = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      byKind.put(rs.getString("kind"), new long[] {rs.getLong("requested"), rs.getLong("decided"),
          rs.getLong("upheld"), rs.getLong("changed"), rs.getLong("revoked"), rs.getLong("overdue")});
    }, params.toArray());
    List<StatisticsReport.ReviewRow> rows = new ArrayList<>();
    for (ReviewKind kind : ReviewKind.values()) {
      long[] n = byKind.getOrDefault(kind.name(), new long[6]);
      rows.add(new StatisticsReport.ReviewRow(kind.name(), kind.label(), n[0], n[1], n[2], n[3],
          n[4], n[5], kind == ReviewKind.RE_REVIEW ? n[1] : 0));
    }
    return rows;
  }

  /** Open cases now by unit and stage. */
  List<StatisticsReport.OpenStageRow> openByUnitAndStage(Instant now, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(now)));
    String sql = "SELECT unit_code, stage, stage_name, COUNT(*) AS open_cases,"
        + " SUM(CASE WHEN current_due < ? THEN 1 ELSE 0 END) AS overdue"
        + " FROM petition_case WHERE status = 'OPEN'" + unitFilter("unit_code", scope, params)
        + " GROUP BY unit_code, stage, stage_name ORDER BY unit_code, stage";
    return jdbc.query(sql, (rs, row) -> new StatisticsReport.OpenStageRow(
        rs.getString("unit_code"), null, rs.getString("stage"), rs.getString("stage_name"),
        rs.getLong("open_cases"), rs.getLong("overdue")), params.toArray());
  }

  /** An open case past its current limit, before its working days are counted. */
  record OverdueRow(
      String caseNumber, String processInstanceId, String unitCode, String stage,
      String stageName, Instant deadline) {}

  /** Open cases past their current limit now, longest overdue first. */
  List<OverdueRow> overdue(Instant now, Scope scope) {
    List<Object> params = new ArrayList<>(List.of(timestamp(now)));
    String sql = "SELECT case_number, process_instance_id, unit_code, stage, stage_name,"
        + " current_due FROM petition_case WHERE status = 'OPEN' AND current_due < ?"
        + unitFilter("unit_code", scope, params)
        + " ORDER BY current_due, case_number LIMIT " + OVERDUE_LIST_LIMIT;
    return jdbc.query(sql, (rs, row) -> new OverdueRow(
        rs.getString("case_number"), rs.getString("process_instance_id"),
        rs.getString("unit_code"), rs.getString("stage"), rs.getString("stage_name"),
        instant(rs, "current_due")), params.toArray());
  }

  private static CaseKeys keys(ResultSet rs) throws SQLException {
    return new CaseKeys(
        rs.getString("unit_code"), rs.getString("problem_category"), rs.getString("township"));
  }

  /** " AND column IN (?, …)" for a unit's viewer, adding the codes to the parameters. */
  private static String unitFilter(String column, Scope scope, List<Object> params) {
    if (scope.all()) {
      return "";
    }
    if (scope.unitCodes().isEmpty()) {
      return " AND 1 = 0";
    }
    params.addAll(scope.unitCodes());
    return " AND " + column + " IN (" + String.join(", ",
        Collections.nCopies(scope.unitCodes().size(), "?")) + ")";
  }
}
