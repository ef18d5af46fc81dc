package cn.gov.sixian.reception.documents;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Issued documents in {@code case_document}, written once: the issuing step stores the XHTML,
 * the first printer the PDF in its place (decision 0011); after that only {@code superseded_by}
 * changes.
 */
@Repository
class JdbcDocumentStore {

  private static final String COLUMNS =
      "id, case_number, kind, body_code, document_number, title, issued_at, issued_by, page_count,"
          + " sha256, superseded_by";

  private final JdbcTemplate jdbc;

  JdbcDocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A document as the step issued it: its XHTML, to be printed (see {@link #printed}). */
  void add(IssuedDocument d, String xhtml) {
    jdbc.update(
        "INSERT INTO case_document (id, case_number, kind, body_code, document_number, title,"
            + " issued_at, issued_by, xhtml) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        d.id(), d.caseNumber(), d.kind().name(), d.bodyCode(), d.documentNumber(), d.title(),
        JdbcTimes.timestamp(d.issuedAt()), d.issuedBy(), xhtml);
  }

  /** The XHTML of a document not printed yet; empty once it is. */
  Optional<Waiting> waiting(String id) {
    return jdbc.query(
            "SELECT case_number, title, xhtml FROM case_document WHERE id = ? AND pdf IS NULL",
            (rs, i) -> new Waiting(rs.getString("case_number"), rs.getString("title"),
                rs.getString("xhtml")), id)
        .stream()
        .findFirst();
  }

  /**
   * Stores the printed document in place of its XHTML, unless someone printed it first.
   *
   * @return whether these bytes are the ones kept
   */
  boolean printed(String id, byte[] pdf, String sha256, int pageCount) {
    return jdbc.update(
        "UPDATE case_document SET pdf = ?, sha256 = ?, page_count = ?, xhtml = NULL"
            + " WHERE id = ? AND pdf IS NULL", pdf, sha256, pageCount, id) == 1;
  }

  /** Marks every current document of the kind in the case as replaced by {@code successorId}. */
  void supersede(String caseNumber, DocumentKind kind, String successorId) {
    jdbc.update(
        "UPDATE case_document SET superseded_by = ?"
            + " WHERE case_number = ? AND kind = ? AND superseded_by IS NULL AND id <> ?",
        successorId, caseNumber, kind.name(), successorId);
  }

  /** The case's documents in the order they were issued, without their bytes. */
  List<IssuedDocument> list(String caseNumber) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM case_document WHERE case_number = ?"
            + " ORDER BY issued_at, document_number",
        (rs, i) -> row(rs, null), caseNumber);
  }

  Optional<IssuedDocument> find(String caseNumber, String id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + ", pdf FROM case_document WHERE case_number = ? AND id = ?",
            (rs, i) -> row(rs, rs.getBytes("pdf")), caseNumber, id)
        .stream()
        .findFirst();
  }

  /** A document waiting to be printed. */
  record Waiting(String caseNumber, String title, String xhtml) {}

  private static IssuedDocument row(ResultSet rs, byte[] pdf) throws SQLException {
    return new IssuedDocument(
        rs.getString("id"), rs.getString("case_number"), DocumentKind.valueOf(rs.getString("kind")),
        rs.getString("body_code"), rs.getString("document_number"), rs.getString("title"),
        JdbcTimes.instant(rs, "issued_at"), rs.getString("issued_by"),
        rs.getInt("page_count"), pdf, rs.getString("sha256"), rs.getString("superseded_by"));
  }
}
