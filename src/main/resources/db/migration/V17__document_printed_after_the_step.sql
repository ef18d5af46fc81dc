-- A document's PDF is printed after the step that issued it has committed (decision 0011): the
-- step stores the document's number and its XHTML, filled from the template as issued; the PDF,
-- its SHA-256 and page count are written once, from that XHTML, by the node that prints it
-- first, and the XHTML is then dropped. Either the printed triple or the XHTML is present.
ALTER TABLE case_document ADD COLUMN xhtml TEXT;
ALTER TABLE case_document ALTER COLUMN pdf DROP NOT NULL;
ALTER TABLE case_document ALTER COLUMN sha256 DROP NOT NULL;
ALTER TABLE case_document ALTER COLUMN page_count DROP NOT NULL;
ALTER TABLE case_document ADD CONSTRAINT ck_case_document_printed_or_waiting CHECK (
  (pdf IS NOT NULL AND sha256 IS NOT NULL AND page_count IS NOT NULL) OR xhtml IS NOT NULL);
