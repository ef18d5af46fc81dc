package cn.gov.sixian.reception.casefile;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.documents.CaseDocuments;
import cn.gov.sixian.reception.documents.IssuedDocument;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.jdbc.JdbcTimes;
import cn.gov.sixian.reception.process.DateBounds;
import cn.gov.sixian.reception.process.InvalidInputException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The month's archive (归档): every case closed in that month as its dossier
 * {@code <caseNumber>.pdf} with its materials' files in {@code <caseNumber>/附件/}, plus the list
 * {@code 归档清单.csv}, in one ZIP streamed to the administrator or the center's director. One
 * dossier or file is in memory at a time.
 */
@RestController
class ArchiveController {

  static final String ENDPOINT = "GET /api/archive/{month}.zip";
  static final String LIST = "归档清单.csv";
  // a county closes a few hundred cases a month; far more means a wrong month or data
  static final int MAX_CASES = 5000;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Logger log = LoggerFactory.getLogger(ArchiveController.class);

  private final JdbcTemplate jdbc;
  private final CaseRegister register;
  private final CaseDocuments documents;
  private final UnitCatalogue catalogue;
  private final Dossiers dossiers;
  private final CaseAccess access;
  private final AccessLog accessLog;
  private final ObjectProvider<DossierMaterials> materials;
  private final Clock clock;

  ArchiveController(JdbcTemplate jdbc, CaseRegister register, CaseDocuments documents,
      UnitCatalogue catalogue, Dossiers dossiers, CaseAccess access, AccessLog accessLog,
      ObjectProvider<DossierMaterials> materials, Clock clock) {
    this.jdbc = jdbc;
    this.register = register;
    this.documents = documents;
    this.catalogue = catalogue;
    this.dossiers = dossiers;
    this.access = access;
    this.accessLog = accessLog;
    this.materials = materials;
    this.clock = clock;
  }

  @GetMapping("/api/archive/{month}.zip")
  ResponseEntity<StreamingResponseBody> month(@PathVariable String month) {
    if (!access.isAdministrator() && !access.isMemberOf(ReceptionGroups.CENTER_DIRECTOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有管理员和中心主任可以导出归档。");
    }
    YearMonth yearMonth = parse(month);
    LocalDate first = yearMonth.atDay(1);
    List<String> cases = jdbc.queryForList(
        "SELECT case_number FROM petition_case WHERE status = 'CLOSED'"
            + " AND closed_at >= ? AND closed_at < ? ORDER BY case_number",
        String.class,
        JdbcTimes.timestamp(first.atStartOfDay(clock.getZone()).toInstant()),
        JdbcTimes.timestamp(first.plusMonths(1).atStartOfDay(clock.getZone()).toInstant()));
    if (cases.size() > MAX_CASES) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          yearMonth + "结案的信访件超过" + MAX_CASES + "件，请联系管理员分批导出。");
    }
    String user = access.currentUserId();
    if (user != null) {
      accessLog.recordSearch(user, ENDPOINT, null, "month=" + yearMonth, cases.size(), cases);
    }
    StreamingResponseBody body = out -> {
      try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        list.write(BOM);
        try (SequenceWriter rows = new CsvMapper().writerFor(String[].class)
            .with(CsvSchema.emptySchema()).writeValues(
                new OutputStreamWriter(list, StandardCharsets.UTF_8))) {
          rows.write(new String[] {"信访件编号", "信访人", "问题类别", "责任单位", "登记日期",
              "结案日期", "办理结果", "满意度", "文书份数", "文件"});
          for (String caseNumber : cases) {
            CaseRecord c = register.find(caseNumber).orElse(null);
            if (c == null) {
              continue;
            }
            zip.putNextEntry(new ZipEntry(caseNumber + ".pdf"));
            dossiers.write(c, zip);
            zip.closeEntry();
            for (DossierMaterials m : materials.orderedStream().toList()) {
              m.copyFiles(caseNumber, (name, content) -> {
                zip.putNextEntry(new ZipEntry(caseNumber + "/" + name));
                zip.write(content);
                zip.closeEntry();
              });
            }
            List<IssuedDocument> issued = documents.list(caseNumber);
            rows.write(new String[] {caseNumber, c.petitionerName(),
                catalogue.findCategory(c.problemCategory()).map(ProblemCategory::name)
                    .orElse(c.problemCategory()),
                c.unitName(), day(c.registeredAt()), day(c.closedAt()),
                CaseFiles.outcomeName(c.outcome()), CaseFiles.satisfactionName(c.satisfaction()),
                String.valueOf(issued.size()), caseNumber + ".pdf"});
          }
        }
        zip.putNextEntry(new ZipEntry(LIST));
        list.writeTo(zip);
        zip.closeEntry();
      } catch (IOException | RuntimeException e) {
        // the answer has begun: the ZIP ends broken, the log says why
        log.error("Archive of {} not completed", yearMonth, e);
        throw e;
      }
    };
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("归档-" + yearMonth + ".zip", StandardCharsets.UTF_8).build().toString())
        .body(body);
  }

  private static YearMonth parse(String month) {
    try {
      return DateBounds.check(YearMonth.parse(month), "month", "归档月份");
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "「归档月份」格式应为yyyy-MM，如2026-03。");
    }
  }

  private String day(java.time.Instant instant) {
    return instant == null ? "" : LocalDate.ofInstant(instant, clock.getZone()).toString();
  }
}
