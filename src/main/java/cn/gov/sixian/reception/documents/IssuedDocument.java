package cn.gov.sixian.reception.documents;

import java.time.Instant;

/**
 * A document as issued and stored. {@code pdf} is null in listings (the bytes are read only to
 * print).
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

  public boolean superseded() {
    return supersededBy != null;
  }
}
