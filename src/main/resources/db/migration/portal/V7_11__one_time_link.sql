-- One-time links for a child, parent or network person to answer an instrument without an account. Only the SHA-256
-- of the token is stored, so a database copy cannot be used to answer; the link works once and expires.
create table one_time_link (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null references case_file (id),
    child_id           bigint not null references child (id),
    instrument_code    text not null,
    goal_id            bigint references goal (id),
    perspective        text not null check (perspective in ('CHILD', 'PARENT', 'NETWORK')),
    respondent_name    text not null,
    person_id          bigint references person (id),
    token_hash         bytea not null unique,
    created_by         bigint not null references app_user (id),
    created_at         timestamptz not null,
    expires_at         timestamptz not null,
    answered_at        timestamptz,
    measurement_id     bigint references measurement (id),
    version            integer not null default 0
);
create index one_time_link_case on one_time_link (case_id, created_at desc);
