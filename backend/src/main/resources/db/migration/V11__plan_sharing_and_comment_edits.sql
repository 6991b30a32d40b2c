-- The development plan: when the leader last shared it with the manager (who is then mailed a link), and when a
-- comment was last edited by its author (shown as "redigeret").
alter table development_plan add column shared_at timestamptz;
alter table plan_comment add column edited_at timestamptz;
