-- Progression alerts, materialised so the start pages and the leader's list read a small table and never scan
-- measurements per request. An alert is open until the course recovers (resolved_at); at most one open alert per
-- kind, case, instrument and subject (a respondent, a goal or an intervention).
create table progression_alert (
    id               bigint generated always as identity primary key,
    case_id          bigint not null references case_file (id),
    child_id         bigint not null references child (id),
    kind             text not null check (kind in ('DROP', 'STAGNATION', 'SILENCE', 'ALLIANCE')),
    -- '' when the alert concerns no single instrument (silence), so the uniqueness below needs no coalesce.
    instrument_code  text not null,
    -- Whom or what the alert is about: 'respondent:PARENT:Anne Hansen', 'goal:12', 'intervention:7' or ''.
    subject_key      text not null,
    title            text not null,
    detail           text not null,
    raised_at        timestamptz not null,
    resolved_at      timestamptz,
    resolution       text
);
create unique index progression_alert_one_open on progression_alert (case_id, kind, instrument_code, subject_key)
    where resolved_at is null;
create index progression_alert_case on progression_alert (case_id, raised_at desc);
create index progression_alert_child on progression_alert (child_id, raised_at desc);

-- When each case's alerts were last evaluated by the periodic job: the job claims cases not evaluated in the
-- current round, so several app nodes share the work and each case is evaluated once per round.
create table progression_evaluation (
    case_id      bigint primary key references case_file (id),
    evaluated_at timestamptz not null
);

-- Alliance instruments (SRS, CSRS): any fall and any score below the cut-off is an alert, not only a reliable drop.
alter table instrument add column alliance boolean not null default false;
update instrument set alliance = true where code in ('SRS', 'CSRS');
