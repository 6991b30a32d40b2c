-- The organisation import names units by name, so a name means one unit per organisation (case-insensitively,
-- as the import matches them).
create unique index unit_name_idx on unit (organisation_id, lower(name));
