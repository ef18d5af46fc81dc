-- Shifts (班次) of the duty roster (roster/): a working day has one, 'day'; a day of an all-day
-- reception period has the shifts the center set (e.g. 'day' 08:00–20:00, 'night' 20:00–08:00).
-- One person per post and shift; a person still on at most one shift a day (ux_duty_roster_person).
ALTER TABLE duty_roster ADD COLUMN shift VARCHAR(20) DEFAULT 'day' NOT NULL;
ALTER TABLE duty_roster DROP CONSTRAINT pk_duty_roster;
ALTER TABLE duty_roster ADD CONSTRAINT pk_duty_roster PRIMARY KEY (duty_date, shift, post);
-- the shift checked in for, for attendance against that shift's check-in time
ALTER TABLE duty_check_in ADD COLUMN shift VARCHAR(20) DEFAULT 'day' NOT NULL;
