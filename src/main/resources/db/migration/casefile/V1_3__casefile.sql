-- Case (sag): one open case per child at a time, owned by a team, assigned to a caseworker.
create table case_file (
    id             bigint generated always as identity primary key,
    child_id       bigint not null references child (id),
    team_id        bigint not null references team (id),
    caseworker_id  bigint references app_user (id),
    phase          text not null,
    awareness_date date not null,
    opened_at      timestamptz not null,
    closed_at      timestamptz,
    closing_reason text,
    version        integer not null default 0
);
create unique index case_file_one_open_per_child on case_file (child_id) where closed_at is null;
create index case_file_team_open on case_file (team_id, phase) where closed_at is null;
create index case_file_caseworker_open on case_file (caseworker_id) where closed_at is null;
create index case_file_child on case_file (child_id);

-- The chronology (tidslinje): everything recorded on a case, in the order it happened.
create table chronology_entry (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references case_file (id),
    occurred_at timestamptz not null,
    kind        text not null,
    title       text not null,
    detail      text,
    actor_id    bigint references app_user (id),
    recorded_at timestamptz not null default now()
);
create index chronology_case_time on chronology_entry (case_id, occurred_at desc);
