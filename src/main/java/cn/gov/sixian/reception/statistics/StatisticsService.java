package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.mediation.MediationTier;
import cn.gov.sixian.reception.roster.DutyAttendance;
import cn.gov.sixian.reception.roster.DutyAttendance.PostAttendance;
import cn.gov.sixian.reception.statistics.StatisticsQueries.CaseKeys;
import cn.gov.sixian.reception.statistics.StatisticsReport.CategoryRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.OpenStageRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.OverdueCase;
import cn.gov.sixian.reception.statistics.StatisticsReport.TierRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.TownshipRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.UnitRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.WeekRow;
import jakarta.annotation.PreDestroy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Assembles the figures for a period and a viewer's scope from {@link StatisticsQueries}: case
 * counts per unit, category, township and week; slips, referrals and mediation tiers joined to
 * the same keys; the open and overdue cases now.
 */
@Service
public class StatisticsService {

  static final String NO_UNIT = "未分派";
  static final String NO_TOWNSHIP = "未填写";

  private final StatisticsQueries queries;
  /** Runs the two heavy scans of a report in parallel with the rest. */
  private final ExecutorService pool;
  private final UnitCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final DutyAttendance attendance;

  StatisticsService(StatisticsQueries queries, UnitCatalogue catalogue, WorkingDayCalendar calendar,
      DutyAttendance attendance) {
    this.attendance = attendance;
    this.pool = Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "statistics-query");
      thread.setDaemon(true);
      return thread;
    });
    this.queries = queries;
    this.catalogue = catalogue;
    this.calendar = calendar;
  }

  StatisticsReport report(Period period, Scope scope) {
    ZoneId zone = calendar.zone();
    Instant now = calendar.now();
    Instant start = period.start(zone);
    Instant end = period.end(zone);

    // the two scans of the period's cases run beside the small queries (own connections)
    CompletableFuture<Map<CaseKeys, Counts>> cases =
        CompletableFuture.supplyAsync(() -> queries.cases(start, end, now, scope), pool);
    CompletableFuture<List<WeekRow>> weeks =
        CompletableFuture.supplyAsync(() -> weekly(period, zone, now, scope), pool);

    Map<CaseKeys, Counts> slips = queries.slips(start, end, now, scope);
    Map<CaseKeys, Counts> referrals = queries.referrals(start, end, scope);
    Map<CaseKeys, Counts> escalations = queries.escalations(start, end, scope);
    List<TierRow> tiers = tiers(queries.tiers(start, end, scope));
    List<OpenStageRow> open = queries.openByUnitAndStage(now, scope).stream()
        .map(r -> new OpenStageRow(r.unitCode(), unitName(r.unitCode()), r.stage(),
            r.stageName(), r.open(), r.overdue()))
        .toList();
    List<OverdueCase> overdue = overdue(now, scope);

    Map<String, Counts> byUnit = new HashMap<>();
    Map<String, Counts> byCategory = new HashMap<>();
    Map<String, Counts> byTownship = new HashMap<>();
    for (Map<CaseKeys, Counts> part : List.of(join(cases), slips, referrals, escalations)) {
      part.forEach((keys, counts) -> {
        addTo(byUnit, keys.unitCode(), counts);
        addTo(byCategory, keys.category(), counts);
        addTo(byTownship, keys.township(), counts);
      });
    }

    Counts overall = new Counts();
    byUnit.values().forEach(overall::add);

    return new StatisticsReport(
        period.from(), period.to(), now, scope.all(),
        scope.all() ? null : scope.unitCodes().stream().sorted().toList(),
        Indicators.of(overall),
        rows(byUnit, (code, ind) -> new UnitRow(code, unitName(code), ind)),
        rows(byCategory, (code, ind) -> new CategoryRow(code, categoryName(code), ind)),
        rows(byTownship, (code, ind) -> new TownshipRow(code, townshipName(code), ind)),
        join(weeks), tiers, open, overdue, attendance(period, scope),
        queries.reviews(start, end, scope));
  }

  /** Check-in by post; a unit sees its own window, the center every post. */
  private List<PostAttendance> attendance(Period period, Scope scope) {
    return attendance.between(period.from(), period.to()).stream()
        .filter(a -> scope.all() || (a.unitCode() != null && scope.unitCodes().contains(a.unitCode())))
        .toList();
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  private static void addTo(Map<String, Counts> groups, String key, Counts counts) {
    groups.computeIfAbsent(key, k -> new Counts()).add(counts);
  }

  private interface RowMaker<R> {
    R make(String code, Indicators indicators);
  }

  /** Rows sorted by the most cases first, then by code; the null key (none) last. */
  private static <R> List<R> rows(Map<String, Counts> groups, RowMaker<R> maker) {
    return groups.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Counts>, Boolean>comparing(e -> e.getKey() == null)
            .thenComparing(e -> -e.getValue().registered)
            .thenComparing(Map.Entry::getKey, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(e -> maker.make(e.getKey(), Indicators.of(e.getValue())))
        .toList();
  }

  private List<WeekRow> weekly(Period period, ZoneId zone, Instant now, Scope scope) {
    List<LocalDate> weekStarts = new ArrayList<>();
    List<Instant> bounds = new ArrayList<>();
    LocalDate monday = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    bounds.add(period.start(zone));
    for (LocalDate week = monday; !week.isAfter(period.to()); week = week.plusWeeks(1)) {
      weekStarts.add(week);
      LocalDate next = week.plusWeeks(1);
      bounds.add(next.isAfter(period.to()) ? period.end(zone) : next.atStartOfDay(zone).toInstant());
    }
    Map<String, Counts> buckets = queries.casesByBucket(bounds, now, scope);
    List<WeekRow> rows = new ArrayList<>();
    for (int i = 0; i < weekStarts.size(); i++) {
      Counts c = buckets.getOrDefault(String.valueOf(i), new Counts());
      rows.add(new WeekRow(weekStarts.get(i), Indicators.of(c)));
    }
    return rows;
  }

  /** Every tier, also those nobody entered in the period. */
  private static List<TierRow> tiers(Map<Integer, TierRow> entered) {
    List<TierRow> rows = new ArrayList<>();
    for (MediationTier tier : MediationTier.values()) {
      TierRow t = entered.getOrDefault(tier.number(),
          new TierRow(tier.number(), null, 0, 0, 0, 0, 0, null));
      rows.add(new TierRow(t.tier(), tier.label(), t.entered(), t.resolved(), t.escalated(),
          t.decided(), t.running(), t.averageWorkingDays()));
    }
    return rows;
  }

  private List<OverdueCase> overdue(Instant now, Scope scope) {
    List<StatisticsQueries.OverdueRow> rows = queries.overdue(now, scope);
    LocalDate today = calendar.localDate(now);
    Map<String, String> names = new HashMap<>();
    Function<String, String> name = code -> names.computeIfAbsent(code, this::unitName);
    return rows.stream()
        .map(r -> new OverdueCase(r.caseNumber(), r.processInstanceId(), r.unitCode(),
            name.apply(r.unitCode()), r.stage(), r.stageName(), r.deadline(),
            calendar.workingDaysBetween(calendar.localDate(r.deadline()), today)))
        .toList();
  }

  String unitName(String code) {
    return code == null ? NO_UNIT : catalogue.findUnit(code).map(Unit::name).orElse(code);
  }

  String categoryName(String code) {
    return code == null ? "未分类"
        : catalogue.findCategory(code).map(ProblemCategory::name).orElse(code);
  }

  String townshipName(String code) {
    return code == null ? NO_TOWNSHIP : catalogue.findUnit(code).map(Unit::name).orElse(code);
  }
}
