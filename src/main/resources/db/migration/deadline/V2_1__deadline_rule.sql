-- Deadline rules as data: one row per version. A version is never changed; an admin's change is a new version,
-- and a deadline keeps the version it was computed with. Shipped rules are loaded from deadline-rules.json at start.
create table deadline_rule (
    id                  text not null,
    version             integer not null check (version > 0),
    name_da             text not null,
    source              text not null,
    legal_reference     text not null,
    trigger_event       text not null,
    trigger_event_da    text not null,
    duration_amount     integer not null check (duration_amount between 1 and 999),
    duration_unit       text not null check (duration_unit in ('HOURS', 'WORKING_DAYS', 'DAYS', 'WEEKS', 'MONTHS')),
    completion_event    text not null,
    completion_event_da text not null,
    escalate_to         text check (escalate_to = 'TEAM_LEADER'),
    valid_from          date not null,
    valid_to            date check (valid_to >= valid_from),
    scope               text not null check (scope in ('NATIONAL', 'MUNICIPALITY')),
    created_at          timestamptz not null default now(),
    created_by          bigint references app_user (id),
    primary key (id, version)
);

-- Every deadline names the rule version it was computed from. Rows from before this migration are not checked.
alter table deadline add constraint deadline_rule_version_fk
    foreign key (rule_id, rule_version) references deadline_rule (id, version) not valid;

-- The same trigger starts a rule's clock once, so a redelivered event does not create a second task.
create unique index deadline_once_per_trigger on deadline (rule_id, subject_type, subject_id, triggered_at);

-- A case's and a child's deadlines, open and met, without scanning the table.
create index deadline_by_case on deadline (case_id, due_at);
create index deadline_by_child on deadline (child_id, due_at);

-- Whom an overdue deadline escalates to, copied from its (immutable) rule version, so the escalation job reads
-- only the candidates, in due order, without a join.
alter table deadline add column escalate_to text check (escalate_to = 'TEAM_LEADER');
create index deadline_to_escalate on deadline (due_at)
    where escalate_to is not null and met_at is null and escalated_at is null;
