-- One reminder per meeting evaluation by mail (docs/anonymity.md, "Meeting evaluations"). To remind, the invitation
-- keeps its address after the invitation is sent, until the reminder has been handled or the evaluation ends; then
-- only the address goes. A pending reminder is a flag on the invitation: whether its link is still unused is decided
-- when the reminder is sent, from the ticket the link derives, and never written down; once handled, the row looks
-- the same whether a mail went out, was not needed, or failed.

alter table meeting_evaluation add column reminded_at timestamptz;

alter table meeting_invitation
    add column reminder_pending  boolean     not null default false,
    add column reminder_attempts integer     not null default 0,
    add column reminder_next_at  timestamptz;

create index meeting_invitation_reminder_idx on meeting_invitation (reminder_next_at) where reminder_pending;
create index meeting_invitation_address_idx on meeting_invitation (meeting_id) where email is not null;
