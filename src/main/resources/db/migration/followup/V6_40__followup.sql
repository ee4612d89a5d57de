-- Close contact and continuous assessment: the contact log, the inbox of new information on open cases (each item
-- unassessed until the caseworker records an assessment with an outcome), and the closing record of a case.
create table contact_entry (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references case_file (id),
    child_id     bigint not null references child (id),
    channel      text not null check (channel in ('CALL', 'HOME_VISIT', 'VISIT', 'TEXT', 'EMAIL', 'LETTER')),
    counterpart  text not null check (counterpart in ('CHILD', 'FAMILY', 'NETWORK', 'SCHOOL', 'PROVIDER', 'OTHER')),
    person_id    bigint references person (id),
    person_name  text not null,
    occurred_at  timestamptz not null,
    summary      text not null,
    child_words  text,
    recorded_by  bigint references app_user (id),
    recorded_at  timestamptz not null
);
create index contact_entry_case on contact_entry (case_id, occurred_at desc);

create table new_information (
    id                  bigint generated always as identity primary key,
    source              text not null check (source in ('CONTACT', 'NETWORK_REPORT', 'PROVIDER_REPORT',
                                                        'CONCERN_REPORT', 'MEASUREMENT', 'PROGRESSION_ALERT')),
    source_id           bigint not null,
    case_id             bigint not null references case_file (id),
    child_id            bigint not null references child (id),
    received_at         timestamptz not null,
    title               text not null,
    summary             text,
    registered_at       timestamptz not null,
    outcome             text check (outcome in ('NO_ADJUSTMENT', 'ADJUST_INTERVENTION', 'FOLLOW_UP_MEETING',
                                                'NEW_INVESTIGATION')),
    assessment          text,
    adjustment          text,
    meeting_starts_at   timestamptz,
    investigation_kind  text check (investigation_kind in ('FOCUSED_ASSESSMENT', 'CHILD_INVESTIGATION')),
    investigation_started_at timestamptz,
    assessed_by         bigint references app_user (id),
    assessed_at         timestamptz,
    version             integer not null default 0,
    unique (source, source_id),
    check ((assessed_at is null) = (outcome is null))
);
create index new_information_case on new_information (case_id, received_at);
-- The work lists read only what is unassessed, oldest first.
create index new_information_unassessed on new_information (received_at, case_id) where assessed_at is null;

-- The interventions an ADJUST_INTERVENTION assessment changes.
create table new_information_intervention (
    new_information_id bigint not null references new_information (id),
    intervention_id    bigint not null references intervention (id),
    primary key (new_information_id, intervention_id)
);

-- Why and how a case was closed (barnets lov: the child's view, or why it could not be obtained).
create table case_closing (
    case_id                   bigint primary key references case_file (id),
    reason                    text not null,
    child_view                text,
    child_view_missing_reason text,
    parents_view              text,
    if_worry_returns          text,
    closed_by                 bigint not null references app_user (id),
    closed_at                 timestamptz not null,
    check (child_view is not null or child_view_missing_reason is not null)
);
