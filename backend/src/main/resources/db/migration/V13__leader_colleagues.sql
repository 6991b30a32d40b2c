-- Leader colleagues (lederkolleger) as a rater group of their own: per leader, colleagues chosen by HR or proposed
-- by the leader and approved by HR. They answer with the employees' wordings and have their own anonymity threshold.
alter table round add column k_peer integer not null default 3 check (k_peer between 3 and 10);

alter table round_respondent drop constraint round_respondent_rater_group_check;
alter table round_respondent add constraint round_respondent_rater_group_check
    check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER', 'PEER'));
-- A colleague the leader proposed waits for HR's approval; only approved colleagues are invited.
alter table round_respondent add column proposed boolean not null default false;
-- Nobody answers about the same leader in two groups.
alter table round_respondent drop constraint round_respondent_evaluee_id_person_id_rater_group_key;
alter table round_respondent add constraint round_respondent_one_group unique (evaluee_id, person_id);

alter table invitation drop constraint invitation_rater_group_check;
alter table invitation add constraint invitation_rater_group_check
    check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER', 'PEER'));
alter table ballot drop constraint ballot_rater_group_check;
alter table ballot add constraint ballot_rater_group_check
    check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER', 'PEER'));
alter table story drop constraint story_rater_group_check;
alter table story add constraint story_rater_group_check
    check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER', 'PEER'));
alter table ticket drop constraint ticket_rater_group_check;
alter table ticket add constraint ticket_rater_group_check
    check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER', 'PEER'));
alter table ballot_box drop constraint ballot_box_rater_group_check;
alter table ballot_box add constraint ballot_box_rater_group_check
    check (rater_group in ('EMPLOYEE', 'SELF', 'MANAGER', 'PEER'));

-- The scoring patterns the masking rules need, per anonymous group (employees and colleagues).
alter table result_pattern add column rater_group varchar(10) not null default 'EMPLOYEE';
alter table result_pattern alter column rater_group drop default;
alter table result_pattern drop constraint result_pattern_pkey;
alter table result_pattern add primary key (round_id, evaluee_id, rater_group, value_id, scored_mask);
