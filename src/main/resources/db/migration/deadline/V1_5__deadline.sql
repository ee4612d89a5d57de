-- Deadlines (frister) as live tasks: derived from events by the deadline rules, never typed twice.
create table deadline (
    id           bigint generated always as identity primary key,
    rule_id      text not null,
    rule_version integer not null default 1,
    title        text not null,
    subject_type text not null,
    subject_id   bigint not null,
    case_id      bigint references case_file (id),
    child_id     bigint references child (id),
    assignee_id  bigint references app_user (id),
    triggered_at timestamptz not null,
    due_at       timestamptz not null,
    met_at       timestamptz,
    escalated_at timestamptz,
    version      integer not null default 0
);
create index deadline_open_by_case on deadline (case_id, due_at) where met_at is null;
create index deadline_open_by_assignee on deadline (assignee_id, due_at) where met_at is null;
create index deadline_open_by_due on deadline (due_at) where met_at is null;
create index deadline_subject on deadline (subject_type, subject_id);
