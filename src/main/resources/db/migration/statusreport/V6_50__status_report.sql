-- Status reports (statusudtalelser) on the common template: written by the provider (udfører) about one running
-- intervention, reviewed with the family, and sent to the caseworker before the follow-up meeting. A report may be
-- requested by the caseworker with a due date; it is a draft while the provider writes and locked once submitted.
create table status_report (
    id                      bigint generated always as identity primary key,
    case_id                 bigint not null references case_file (id),
    child_id                bigint not null references child (id),
    intervention_id         bigint not null references intervention (id),
    provider_id             bigint not null references provider (id),
    status                  text not null check (status in ('REQUESTED', 'DRAFT', 'SUBMITTED')),
    due_on                  date,
    requested_by            bigint references app_user (id),
    requested_at            timestamptz,
    period_from             date,
    period_to               date,
    what_happened           text,
    child_view              text,
    family_cooperation      text,
    concerns                text,
    recommendation          text check (recommendation in ('CONTINUE', 'ADJUST', 'END')),
    recommendation_reason   text,
    reviewed_with_family_on date,
    not_reviewed_reason     text,
    created_at              timestamptz not null,
    updated_by              bigint references app_user (id),
    updated_at              timestamptz,
    submitted_by            bigint references app_user (id),
    submitted_at            timestamptz,
    version                 integer not null default 0
);
-- At most one report is being written per intervention at a time.
create unique index status_report_open_per_intervention on status_report (intervention_id) where status <> 'SUBMITTED';
create index status_report_case on status_report (case_id, submitted_at desc);
create index status_report_provider_open on status_report (provider_id, due_on) where status <> 'SUBMITTED';

-- The report's part per goal of the intervention: attained or not, what was done, and what was seen.
create table status_report_goal (
    report_id   bigint not null references status_report (id),
    goal_id     bigint not null references goal (id),
    goal_title  text not null,
    attainment  text check (attainment in ('ACHIEVED', 'PROGRESSING', 'UNCHANGED', 'DECLINING')),
    actions     text,
    observations text,
    primary key (report_id, goal_id)
);
