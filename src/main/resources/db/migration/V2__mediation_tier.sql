-- One row per mediation tier a case went through: when it started and ended, how it ended and who
-- ended it, so statistics can count escalations by tier and the time spent in each.
CREATE TABLE mediation_tier (
  case_number          VARCHAR(32)  NOT NULL,
  process_instance_id  VARCHAR(64)  NOT NULL,
  tier                 INTEGER      NOT NULL,
  started_at           TIMESTAMP    NOT NULL,
  due_at               TIMESTAMP,
  ended_at             TIMESTAMP,
  outcome              VARCHAR(16),
  actor                VARCHAR(64),
  overdue              BOOLEAN      NOT NULL,
  CONSTRAINT pk_mediation_tier PRIMARY KEY (process_instance_id, tier)
);

CREATE INDEX ix_mediation_tier_case ON mediation_tier (case_number);
CREATE INDEX ix_mediation_tier_started ON mediation_tier (started_at);
