-- Supervision slips (督办单): one row per slip, with its 7-day feedback limit and answer.
CREATE TABLE supervision_slip (
  slip_number          VARCHAR(40)   NOT NULL,
  case_number          VARCHAR(32)   NOT NULL,
  process_instance_id  VARCHAR(64)   NOT NULL,
  unit_code            VARCHAR(64)   NOT NULL,
  unit_name            VARCHAR(100)  NOT NULL,
  reason               VARCHAR(32)   NOT NULL,
  details              VARCHAR(2000),
  deadline_at          TIMESTAMP,
  issued_at            TIMESTAMP     NOT NULL,
  issued_by            VARCHAR(64),
  feedback_due         TIMESTAMP     NOT NULL,
  answered_at          TIMESTAMP,
  feedback             VARCHAR(4000),
  late                 BOOLEAN       NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  CONSTRAINT pk_supervision_slip PRIMARY KEY (slip_number)
);
CREATE INDEX ix_supervision_slip_case ON supervision_slip (case_number);
CREATE INDEX ix_supervision_slip_issued ON supervision_slip (issued_at);

-- The tracking sheet (信访案件跟踪督办情况表): every supervision action on a case.
CREATE TABLE tracking_entry (
  case_number  VARCHAR(32)   NOT NULL,
  entry_at     TIMESTAMP     NOT NULL,
  seq          INTEGER       NOT NULL,
  actor        VARCHAR(64),
  action       VARCHAR(32)   NOT NULL,
  content      VARCHAR(4000) NOT NULL,
  unit_answer  VARCHAR(4000),
  CONSTRAINT pk_tracking_entry PRIMARY KEY (case_number, seq)
);

-- Accountability referrals (问责移送): proposed, decided by the director, examined by inspection.
CREATE TABLE accountability_referral (
  process_instance_id  VARCHAR(64)   NOT NULL,
  case_number          VARCHAR(32)   NOT NULL,
  unit_code            VARCHAR(64),
  reason               VARCHAR(32)   NOT NULL,
  details              VARCHAR(2000),
  proposed_at          TIMESTAMP     NOT NULL,
  decided_at           TIMESTAMP,
  referred             BOOLEAN,
  result               VARCHAR(2000),
  CONSTRAINT pk_accountability_referral PRIMARY KEY (process_instance_id)
);
CREATE INDEX ix_accountability_referral_case ON accountability_referral (case_number);
