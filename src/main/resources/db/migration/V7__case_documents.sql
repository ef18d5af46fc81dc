-- Case documents (文书). Numbers (文号) run per issuing body, kind and year; the counter row is
-- incremented under its row lock in the issuing transaction, like case_number_sequence, so
-- several nodes never hand out the same number and a rolled-back step gives its number back.
CREATE TABLE document_counter (
  body_code   VARCHAR(64)  NOT NULL,
  kind        VARCHAR(32)  NOT NULL,
  doc_year    INTEGER      NOT NULL,
  last_value  BIGINT       NOT NULL,
  CONSTRAINT pk_document_counter PRIMARY KEY (body_code, kind, doc_year)
);

-- Every document issued, kept exactly as issued: the PDF bytes and their SHA-256 (hex). A
-- corrected document is a new row with a new number; the old row stays in the file and names
-- its successor in superseded_by. BYTEA is PostgreSQL's byte string and an H2 alias of
-- BINARY VARYING, so the same script runs on both.
CREATE TABLE case_document (
  id               VARCHAR(36)   NOT NULL,
  case_number      VARCHAR(32)   NOT NULL,
  kind             VARCHAR(32)   NOT NULL,
  body_code        VARCHAR(64)   NOT NULL,
  document_number  VARCHAR(64)   NOT NULL,
  title            VARCHAR(100)  NOT NULL,
  issued_at        TIMESTAMP     NOT NULL,
  issued_by        VARCHAR(64),
  page_count       INTEGER       NOT NULL,
  pdf              BYTEA         NOT NULL,
  sha256           VARCHAR(64)   NOT NULL,
  superseded_by    VARCHAR(36),
  CONSTRAINT pk_case_document PRIMARY KEY (id),
  CONSTRAINT uq_case_document_number UNIQUE (document_number)
);
CREATE INDEX ix_case_document_case ON case_document (case_number, issued_at);
