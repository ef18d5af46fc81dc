package cn.gov.sixian.reception.allday;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's situation report (日报) of an all-day period; {@code zeroReport} (零报告) when nothing
 * was registered that day. {@code text} is the report as mailed, listing the group visits and
 * repeat petitions by case number, unit and category (no ID numbers or phones).
 */
public record DailyReport(LocalDate date, String periodId, int registered, int groupVisits,
    int repeatPetitions, int closed, int openCases, int overdue, String text, Instant createdAt) {

  @JsonProperty("zeroReport")
  public boolean zeroReport() {
    return registered == 0;
  }
}
