-- A refusal by role is audited with the refused path as its target. Paths such as
-- /api/frameworks/{id}/values/{valueId}/statements/{statementId} are longer than 100 characters, so the record failed
-- to insert and the refusal went unaudited. Widening a varchar does not rewrite the table.
alter table audit_event alter column target_id type varchar(500);
