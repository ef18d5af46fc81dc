package cn.gov.sixian.reception.casefile;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.documents.ArchivePages;
import cn.gov.sixian.reception.documents.CaseDocuments;
import cn.gov.sixian.reception.documents.DocumentProperties;
import cn.gov.sixian.reception.documents.IssuedDocument;
import cn.gov.sixian.reception.history.HistoryProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The dossier (归档案卷) of a closed case: one PDF of a cover, the index (卷内目录) and every
 * stored document in issue order (superseded ones too: the file keeps what was issued). Built in
 * memory, one case at a time: a case's documents are a few pages each.
 */
@Service
class Dossiers {

  static final String TEMPLATE = "dossier-cover";

  private final CaseDocuments documents;
  private final ArchivePages pages;
  private final UnitCatalogue catalogue;
  private final DocumentProperties documentProperties;
  private final HistoryProperties history;
  private final ObjectProvider<DossierMaterials> materials;
  private final Clock clock;
  private final CaseFileAnnexes annexes;

  Dossiers(CaseDocuments documents, ArchivePages pages, UnitCatalogue catalogue,
      DocumentProperties documentProperties, HistoryProperties history,
      ObjectProvider<DossierMaterials> materials, Clock clock, CaseFileAnnexes annexes) {
    this.annexes = annexes;
    this.documents = documents;
    this.pages = pages;
    this.catalogue = catalogue;
    this.documentProperties = documentProperties;
    this.history = history;
    this.materials = materials;
    this.clock = clock;
  }

  /** Writes the dossier of the closed case {@code c} to {@code out}. */
  void write(CaseRecord c, OutputStream out) {
    List<IssuedDocument> issued = new ArrayList<>();
    for (IssuedDocument listed : documents.list(c.caseNumber())) {
      issued.add(documents.find(c.caseNumber(), listed.id()).orElseThrow(
          () -> new IllegalStateException("Document vanished while archiving: " + listed.id())));
    }
    List<DossierMaterials.Entry> extra = new ArrayList<>();
    materials.orderedStream().forEach(m -> extra.addAll(m.of(c.caseNumber())));
    // the index gives page ranges, which depend on its own length: render until it is stable
    int frontPages = 2;
    byte[] front = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      front = pages.render(TEMPLATE, variables(c, issued, extra, frontPages), "归档案卷");
      int rendered = pageCount(front);
      if (rendered == frontPages) {
        break;
      }
      frontPages = rendered;
    }
    merge(c.caseNumber(), front, issued, out);
  }

  private Map<String, Object> variables(CaseRecord c, List<IssuedDocument> issued,
      List<DossierMaterials.Entry> extra, int frontPages) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("caseNumber", c.caseNumber());
    d.put("petitionerName", c.petitionerName());
    d.put("category", catalogue.findCategory(c.problemCategory()).map(ProblemCategory::name)
        .orElse(c.problemCategory()));
    d.put("unitName", c.unitName() == null ? "—" : c.unitName());
    d.put("registeredOn", day(c.registeredAt()));
    d.put("closedOn", day(c.closedAt()));
    d.put("outcome", orDash(CaseFiles.outcomeName(c.outcome())));
    d.put("satisfaction", satisfaction(c));
    int days = history.caseRetentionDays();
    d.put("retention", days + "日（约" + Math.round(days / 365.0) + "年，自结案之日起）");
    d.put("archivedOn", day(clock.instant()));
    d.put("centerName", documentProperties.centerName());
    List<Map<String, Object>> rows = new ArrayList<>();
    int page = frontPages + 1;
    for (IssuedDocument doc : issued) {
      int last = page + doc.pageCount() - 1;
      rows.add(row(rows.size() + 1, doc.title(), doc.documentNumber(), day(doc.issuedAt()),
          doc.pageCount(), doc.pageCount() > 1 ? page + "–" + last : String.valueOf(page),
          doc.superseded() ? "已被更正，保留原件" : ""));
      page = last + 1;
    }
    for (DossierMaterials.Entry m : extra) {
      rows.add(row(rows.size() + 1, m.title(), orDash(m.number()),
          m.date() == null ? "—" : ChineseDates.format(m.date()),
          m.pages() == null ? "—" : m.pages(), "—", m.note() == null ? "材料" : m.note()));
    }
    return Map.of("d", d, "rows", rows);
  }

  private static Map<String, Object> row(int no, String title, String number, String date,
      Object pages, String range, String note) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("no", no);
    row.put("title", title);
    row.put("number", number);
    row.put("date", date);
    row.put("pages", pages);
    row.put("range", range);
    row.put("note", note);
    return row;
  }

  private void merge(String caseNumber, byte[] front, List<IssuedDocument> issued, OutputStream out) {
    PDFMergerUtility merger = new PDFMergerUtility();
    try (PDDocument dossier = Loader.loadPDF(front)) {
      for (IssuedDocument doc : issued) {
        try (PDDocument part = Loader.loadPDF(doc.pdf())) {
          merger.appendDocument(dossier, part);
        }
      }
      dossier.getDocumentInformation().setTitle("归档案卷 " + caseNumber);
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      dossier.save(buffer);
      buffer.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Dossier not assembled", e);
    }
  }

  private static int pageCount(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String day(Instant instant) {
    return instant == null ? "—"
        : ChineseDates.format(LocalDate.ofInstant(instant, clock.getZone()));
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  /**
   * The evaluation the statistics count: the petitioner's own on the public page when given, with
   * the one staff recorded beside it; else the staff's.
   */
  private String satisfaction(CaseRecord c) {
    String recorded = orDash(CaseFiles.satisfactionName(c.satisfaction()));
    CaseFile.OnlineEvaluation online = annexes.onlineEvaluation(c.caseNumber());
    return online == null ? recorded
        : online.satisfactionName() + "（信访人网上评价；满意度评价记录：" + recorded + "）";
  }
}
