-- Udredning (barnets lov §§ 18–23): conversations, screening, afdækning/BFU with their plan, ICS sections and
-- information requests, and the professional assessments (SFV) that end them.

-- Conversations with the child, the parents, the network or the reporter. A journal record: written once.
create table conversation (
    id                     bigint generated always as identity primary key,
    case_id                bigint not null references case_file (id),
    held_on                date not null,
    kind                   text not null check (kind in ('CHILD_ALONE', 'OBSERVATION', 'CHILD_AND_PARENTS', 'PARENTS',
                                                         'NETWORK', 'REPORTER')),
    participants           text not null,
    two_caseworkers        boolean not null,
    two_caseworkers_reason text,
    child_informed         boolean not null,
    childs_own_words       text,
    summary                text not null,
    recorded_by            bigint references app_user (id),
    recorded_at            timestamptz not null
);
create index conversation_case on conversation (case_id, held_on desc);

-- The screening's written assessment (§ 18): one per case, it chooses the next step.
create table screening (
    id                     bigint generated always as identity primary key,
    case_id                bigint not null unique references case_file (id),
    information_considered text not null,
    weighted_information   text not null,
    conclusion             text not null,
    outcome                text not null check (outcome in ('FOCUSED_ASSESSMENT', 'CHILD_INVESTIGATION', 'EARLY_SUPPORT',
                                                            'CLOSE')),
    childs_view            text,
    parents_view           text,
    closing_reason         text,
    concluded_by           bigint references app_user (id),
    concluded_at           timestamptz not null
);

-- The ICS triangle: reference data that structures an investigation.
create table ics_dimension (
    id       smallint primary key,
    code     text not null unique,
    side     text not null,
    name     text not null,
    position smallint not null
);
insert into ics_dimension (id, code, side, name, position) values
    (1, 'HEALTH', 'Barnets udvikling', 'Sundhed og trivsel', 1),
    (2, 'SCHOOL', 'Barnets udvikling', 'Skole, dagtilbud og læring', 2),
    (3, 'EMOTIONAL_DEVELOPMENT', 'Barnets udvikling', 'Følelsesmæssig og adfærdsmæssig udvikling', 3),
    (4, 'RELATIONSHIPS', 'Barnets udvikling', 'Familieforhold, venskaber og fritid', 4),
    (5, 'BASIC_CARE', 'Forældrekompetencer', 'Grundlæggende omsorg og sikkerhed', 5),
    (6, 'EMOTIONAL_WARMTH', 'Forældrekompetencer', 'Følelsesmæssig varme og stimulering', 6),
    (7, 'GUIDANCE', 'Forældrekompetencer', 'Guidance, grænser og stabilitet', 7),
    (8, 'FAMILY_HISTORY', 'Familie og netværk', 'Familiens baggrund og funktion', 8),
    (9, 'NETWORK', 'Familie og netværk', 'Netværk og lokalsamfund', 9),
    (10, 'HOUSING_WORK_INCOME', 'Familie og netværk', 'Bolig, beskæftigelse og økonomi', 10);

-- Afdækning (§ 19) or børnefaglig undersøgelse (§§ 20–23). An afdækning may be widened to a BFU (same row).
create table investigation (
    id                          bigint generated always as identity primary key,
    case_id                     bigint not null references case_file (id),
    kind                        text not null check (kind in ('FOCUSED_ASSESSMENT', 'CHILD_INVESTIGATION')),
    awareness_date              date not null,
    start_reason                text not null,
    started_by                  bigint references app_user (id),
    started_at                  timestamptz not null,
    escalation_reason           text,
    escalated_at                timestamptz,
    childs_view                 text,
    childs_view_missing_reason  text,
    parents_view                text,
    conclusion                  text,
    deadline_will_be_missed     boolean not null default false,
    preliminary_assessment      text,
    preliminary_assessment_at   timestamptz,
    completed_by                bigint references app_user (id),
    completed_at                timestamptz,
    version                     integer not null default 0
);
create unique index investigation_one_open_per_case on investigation (case_id) where completed_at is null;
create index investigation_case on investigation (case_id, started_at desc);

-- The assessment plan (undersøgelsesplan). A missing row is an empty plan at version 0.
create table investigation_plan (
    investigation_id    bigint primary key references investigation (id),
    purpose             text not null,
    questions           text not null,
    sources             text not null,
    expected_completion date not null,
    shared_with_family  boolean not null,
    updated_by          bigint references app_user (id),
    updated_at          timestamptz not null,
    version             integer not null
);

-- One section per ICS dimension; a missing row is an empty section at version 0.
create table investigation_section (
    investigation_id bigint not null references investigation (id),
    dimension_id     smallint not null references ics_dimension (id),
    resources        text,
    concerns         text,
    sources          text,
    updated_by       bigint references app_user (id),
    updated_at       timestamptz not null,
    version          integer not null,
    primary key (investigation_id, dimension_id)
);

-- Requests for information (informationsindhentning) with purpose, questions and a reply deadline.
create table information_request (
    id                            bigint generated always as identity primary key,
    investigation_id              bigint not null references investigation (id),
    recipient_kind                text not null check (recipient_kind in ('SCHOOL', 'DAYCARE', 'HEALTH', 'PROVIDER',
                                                                           'OTHER')),
    recipient_name                text not null,
    purpose                       text not null,
    questions                     text not null,
    reply_due                     date not null,
    consent_basis                 text not null check (consent_basis in ('CONSENT', 'WITHOUT_CONSENT')),
    without_consent_justification text,
    sent_on                       date not null,
    sent_by                       bigint references app_user (id),
    received_on                   date,
    reply_summary                 text,
    received_by                   bigint references app_user (id),
    version                       integer not null default 0,
    check (consent_basis = 'CONSENT' or without_consent_justification is not null)
);
create index information_request_investigation on information_request (investigation_id);
create index information_request_awaiting on information_request (reply_due) where received_on is null;

-- Socialfaglige vurderinger (SFV) after an afdækning or BFU, or on new information.
create table professional_assessment (
    id                         bigint generated always as identity primary key,
    case_id                    bigint not null references case_file (id),
    investigation_id           bigint references investigation (id),
    context                    text not null check (context in ('AFTER_FOCUSED_ASSESSMENT', 'AFTER_CHILD_INVESTIGATION',
                                                                'NEW_INFORMATION')),
    decisive_factors           text not null,
    causes                     text,
    challenges_and_resources   text not null,
    conclusion                 text not null,
    needs_support              boolean not null,
    support_description        text,
    network_contribution       text,
    childs_view                text,
    childs_view_missing_reason text,
    parents_view               text not null,
    diverges_from_views        boolean not null,
    divergence_justification   text,
    outcome                    text not null check (outcome in ('DECISION', 'CLOSE', 'CONTINUE')),
    closing_reason             text,
    recorded_by                bigint references app_user (id),
    recorded_at                timestamptz not null
);
create index professional_assessment_case on professional_assessment (case_id, recorded_at desc);
create unique index professional_assessment_one_per_investigation on professional_assessment (investigation_id)
    where investigation_id is not null;
