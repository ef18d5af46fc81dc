package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/statistics}: the supervisors' figures as JSON (docs/statistics.md, "Statistics REST API"). */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

  private final StatisticsService statistics;
  private final StatisticsAccess access;
  private final UnitCatalogue catalogue;

  StatisticsController(
      StatisticsService statistics, StatisticsAccess access, UnitCatalogue catalogue) {
    this.statistics = statistics;
    this.access = access;
    this.catalogue = catalogue;
  }

  @GetMapping
  StatisticsReport report(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Scope scope = access.currentScope();
    return statistics.report(Period.parse(from, to), scope);
  }

  /** The per-unit figures as a CSV file for Excel (docs/statistics.md, "CSV export"). */
  @GetMapping("/units.csv")
  ResponseEntity<byte[]> unitsCsv(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Scope scope = access.currentScope();
    Period period = Period.parse(from, to);
    byte[] csv = UnitsCsv.write(statistics.report(period, scope), catalogue.units());
    String range = period.from() + "_" + period.to();
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("信访统计_" + range + ".csv", StandardCharsets.UTF_8).build().toString())
        .body(csv);
  }
}
