package cn.gov.sixian.reception.documents;

import java.time.Instant;

/**
 * A document as issued and stored. {@code pdf} is null in listings (the bytes are read only to
 * print). Between its step and its printing (decision 0011) the store holds it without PDF,
 * SHA-256 and page count; {@link CaseDocuments} hands out printed documents only.
 */
public record IssuedDocument(
    String id,
    String caseNumber,
    DocumentKind kind,
    String bodyCode,
    String documentNumber,
    String title,
    Instant issuedAt,
    String issuedBy,
    int pageCount,
    byte[] pdf,
    String sha256,
    String supersededBy) {

  /** Whether its PDF is stored (see {@link DocumentPrinter}). */
  boolean printed() {
    return sha256 != null;
  }

  public boolean superseded() {
    return supersededBy != null;
  }
}
