package cn.gov.sixian.reception.documents;

import java.util.Optional;

/**
 * Issues the query code (查询码) printed on the registration receipt of a case
 * (publicquery/QueryCodes): the code itself is only ever handed to the receipt's first print,
 * never stored with the document.
 */
public interface ReceiptCodes {

  /** A new code for the case, invalidating any earlier one; empty when the public page is closed. */
  Optional<String> issue(String caseNumber, String issuedBy);

  /** The address of the public page, as the receipt prints it. */
  String publicUrl();

  /** No codes: the receipt tells the petitioner to ask the center. */
  ReceiptCodes NONE = new ReceiptCodes() {
    @Override
    public Optional<String> issue(String caseNumber, String issuedBy) {
      return Optional.empty();
    }

    @Override
    public String publicUrl() {
      return null;
    }
  };
}
