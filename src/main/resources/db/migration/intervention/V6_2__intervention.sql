-- Interventions (indsatser) granted by a decision and delivered by a provider (udfører).
create table intervention_type (
    code           text primary key,
    name           text not null,
    legal_basis_id text not null references legal_basis (id),
    placement      boolean not null default false,
    position       smallint not null
);

create table intervention (
    id                       bigint generated always as identity primary key,
    case_id                  bigint not null references case_file (id),
    child_id                 bigint not null references child (id),
    decision_id              bigint references decision (id),
    type_code                text not null references intervention_type (code),
    legal_basis_id           text not null references legal_basis (id),
    provider_id              bigint references provider (id),
    provider_contact         text,
    purpose                  text not null,
    expected_duration_months integer,
    granted_on               date not null,
    planned_start_on         date,
    started_on               date,
    ended_on                 date,
    end_reason               text,
    status                   text not null check (status in ('GRANTED', 'WAITING', 'RUNNING', 'ENDED')),
    created_by               bigint not null references app_user (id),
    created_at               timestamptz not null,
    version                  integer not null default 0
);
create index intervention_case on intervention (case_id, status);
-- Provider access: the children whose running interventions a provider delivers.
create index intervention_provider_running on intervention (provider_id, case_id) where status = 'RUNNING';

create table intervention_goal (
    intervention_id bigint not null references intervention (id),
    goal_id         bigint not null references goal (id),
    primary key (intervention_id, goal_id)
);
create index intervention_goal_goal on intervention_goal (goal_id);
