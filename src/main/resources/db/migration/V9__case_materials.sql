-- Materials of a case (附件): the petitioner's letter, photos, evidence, the signed commitment, the
-- unit's sealed reply, uploaded by staff who may read the case (materials/CaseMaterials). Kept in
-- the database, not in a folder: one backup holds the case and its files, an upload is saved in
-- the same transaction as its access-log entry (all or nothing), and every node of a cluster
-- reads the same files. Bytes as received, with their SHA-256 (hex); the content type is the one
-- detected from the bytes, never the one the browser declared. Titles and file names are at most
-- 100 characters (code points), i.e. at most 200 UTF-16 units.
CREATE TABLE case_material (
  id            VARCHAR(36)   NOT NULL,
  case_number   VARCHAR(32)   NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  kind          VARCHAR(32)   NOT NULL,
  file_name     VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(64)   NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        VARCHAR(64)   NOT NULL,
  content       BYTEA         NOT NULL,
  uploaded_by   VARCHAR(64)   NOT NULL,
  uploaded_at   TIMESTAMP     NOT NULL,
  CONSTRAINT pk_case_material PRIMARY KEY (id),
  CONSTRAINT fk_case_material_case FOREIGN KEY (case_number) REFERENCES petition_case (case_number)
);
CREATE INDEX ix_case_material_case ON case_material (case_number, uploaded_at);
