-- A value's title as the respondent reads it in the survey ("Min leder påtager sig sit lederskab") beside the
-- leader's own wording ("Jeg påtager mig mit lederskab"); optional, the survey falls back to the title.
alter table framework_value add column respondent_title varchar(200);
alter table framework_value add column respondent_title_en varchar(200);
