-- Reporting columns of the case register, kept up to date as the case moves (CaseProgressRecorder),
-- so the statistics read one indexed table instead of scanning process history.
ALTER TABLE petition_case ADD COLUMN stage VARCHAR(64);
ALTER TABLE petition_case ADD COLUMN stage_name VARCHAR(64);
ALTER TABLE petition_case ADD COLUMN stage_since TIMESTAMP;
ALTER TABLE petition_case ADD COLUMN transferred_at TIMESTAMP;
ALTER TABLE petition_case ADD COLUMN acceptance_due TIMESTAMP;
ALTER TABLE petition_case ADD COLUMN acceptance_decided_at TIMESTAMP;
ALTER TABLE petition_case ADD COLUMN accepted_at TIMESTAMP;
ALTER TABLE petition_case ADD COLUMN handling_due TIMESTAMP;
ALTER TABLE petition_case ADD COLUMN replied_at TIMESTAMP;
-- the deadline the case waits on now (acceptance or handling), null when none runs
ALTER TABLE petition_case ADD COLUMN current_due TIMESTAMP;
ALTER TABLE petition_case ADD COLUMN skip_level BOOLEAN DEFAULT FALSE NOT NULL;
-- working days from registration to closing, fixed when the case is closed
ALTER TABLE petition_case ADD COLUMN handling_working_days INTEGER;

CREATE INDEX ix_petition_case_open ON petition_case (status, current_due);
CREATE INDEX ix_petition_case_unit_registered ON petition_case (unit_code, registered_at);
CREATE INDEX ix_mediation_tier_started_case ON mediation_tier (started_at, case_number);
CREATE INDEX ix_accountability_referral_proposed ON accountability_referral (proposed_at);

-- working days a mediation tier took (entered → ended), fixed when it ends (CaseProgressRecorder)
ALTER TABLE mediation_tier ADD COLUMN working_days INTEGER;
