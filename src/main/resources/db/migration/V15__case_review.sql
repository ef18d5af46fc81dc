-- Review (复查) and re-review (复核) of a written reply (信访工作条例 2022, articles 35 and 36).
-- The bodies that review: each has its next-higher body (who re-reviews what it reviewed) and is
-- either inside the county (a group in the engine, body-<code>, works the review in Tasklist) or
-- outside (the center records the review as sent and enters the reply when it comes back).
CREATE TABLE review_body (
  body_code         VARCHAR(64)   NOT NULL,
  name              VARCHAR(100)  NOT NULL,
  in_county         BOOLEAN       NOT NULL,
  higher_body_code  VARCHAR(64),
  email             VARCHAR(254),
  CONSTRAINT pk_review_body PRIMARY KEY (body_code),
  CONSTRAINT fk_review_body_higher FOREIGN KEY (higher_body_code) REFERENCES review_body (body_code)
);

INSERT INTO review_body (body_code, name, in_county, higher_body_code, email) VALUES
  ('province', '安徽省人民政府', FALSE, NULL, NULL),
  ('city', '宿州市人民政府', FALSE, 'province', NULL),
  ('city-sthj', '宿州市生态环境局', FALSE, 'city', NULL),
  ('county-government', '泗县人民政府', TRUE, 'city', 'xzf-xf@sixian.gov.cn');

-- The next-higher body of each responsible unit of the catalogue (a unit without a row cannot
-- be reviewed until an administrator adds one: the request is refused naming the unit).
CREATE TABLE unit_review_body (
  unit_code  VARCHAR(64)  NOT NULL,
  body_code  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_unit_review_body PRIMARY KEY (unit_code),
  CONSTRAINT fk_unit_review_body FOREIGN KEY (body_code) REFERENCES review_body (body_code)
);

INSERT INTO unit_review_body (unit_code, body_code) VALUES
  ('gaj', 'county-government'),
  ('zjj', 'county-government'),
  ('zrzyj', 'county-government'),
  ('fwzs', 'county-government'),
  ('fgzx', 'county-government'),
  ('jtj', 'county-government'),
  ('nyncj', 'county-government'),
  ('rsj', 'county-government'),
  ('jyj', 'county-government'),
  ('wjw', 'county-government'),
  ('mzj', 'county-government'),
  ('sthj', 'city-sthj'),
  ('scjgj', 'county-government'),
  ('zfw', 'county-government'),
  ('sfj', 'county-government'),
  ('cgj', 'county-government'),
  ('slj', 'county-government'),
  ('tyjrj', 'county-government'),
  ('ybj', 'county-government'),
  ('czj', 'county-government'),
  ('town-sicheng', 'county-government'),
  ('town-dunji', 'county-government'),
  ('town-dinghu', 'county-government'),
  ('town-caomiao', 'county-government'),
  ('town-pingshan', 'county-government'),
  ('town-changgou', 'county-government'),
  ('town-dazhuang', 'county-government'),
  ('town-huangwei', 'county-government'),
  ('town-caogou', 'county-government'),
  ('town-liuwei', 'county-government'),
  ('town-shantou', 'county-government'),
  ('town-heita', 'county-government'),
  ('town-wafang', 'county-government'),
  ('town-dalukou', 'county-government'),
  ('town-dayang', 'county-government');

-- One row per review or re-review of a case: at most one of each kind (the unique key), the
-- re-review only after a decided review.
CREATE TABLE case_review (
  process_instance_id  VARCHAR(64)   NOT NULL,
  case_number          VARCHAR(32)   NOT NULL,
  kind                 VARCHAR(16)   NOT NULL,
  body_code            VARCHAR(64)   NOT NULL,
  body_name            VARCHAR(100)  NOT NULL,
  in_county            BOOLEAN       NOT NULL,
  requested_at         TIMESTAMP     NOT NULL,
  requested_by         VARCHAR(64),
  reason               VARCHAR(2000) NOT NULL,
  due_at               TIMESTAMP     NOT NULL,
  sent_at              TIMESTAMP,
  hearing_held         BOOLEAN       DEFAULT FALSE NOT NULL,
  decided_at           TIMESTAMP,
  outcome              VARCHAR(16),
  opinion              VARCHAR(4000),
  overdue              BOOLEAN       DEFAULT FALSE NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  CONSTRAINT pk_case_review PRIMARY KEY (process_instance_id),
  CONSTRAINT uq_case_review_kind UNIQUE (case_number, kind)
);
CREATE INDEX ix_case_review_requested ON case_review (requested_at);
