-- The petitioner's phone and address (联系电话、住址) live in the register only: the process keeps
-- masked values, and the unit's acceptance and reply tasks read them from here (README
-- "Personal data"). Null for cases registered before this column existed.
ALTER TABLE petition_case ADD COLUMN phone VARCHAR(20);
ALTER TABLE petition_case ADD COLUMN address VARCHAR(200);
