-- Case numbers: one counter per year, incremented under a row lock in the registering transaction.
CREATE TABLE case_number_sequence (
  case_year  INTEGER PRIMARY KEY,
  last_value BIGINT  NOT NULL
);

-- The register of petition cases (信访件台账). The case number is the process business key.
CREATE TABLE petition_case (
  case_number          VARCHAR(32)  NOT NULL,
  process_instance_id  VARCHAR(64)  NOT NULL,
  registered_at        TIMESTAMP    NOT NULL,
  petitioner_name      VARCHAR(50)  NOT NULL,
  id_number            VARCHAR(18)  NOT NULL,
  problem_category     VARCHAR(64)  NOT NULL,
  matter_summary       VARCHAR(200),
  township             VARCHAR(64),
  visitor_count        INTEGER      NOT NULL,
  group_visit          BOOLEAN      NOT NULL,
  first_visit          BOOLEAN      NOT NULL,
  unit_code            VARCHAR(64),
  unit_name            VARCHAR(100),
  status               VARCHAR(16)  NOT NULL,
  outcome              VARCHAR(32),
  satisfaction         VARCHAR(32),
  closed_at            TIMESTAMP,
  CONSTRAINT pk_petition_case PRIMARY KEY (case_number),
  CONSTRAINT uq_petition_case_instance UNIQUE (process_instance_id)
);

CREATE INDEX ix_petition_case_id_number ON petition_case (id_number);
CREATE INDEX ix_petition_case_registered ON petition_case (registered_at);
