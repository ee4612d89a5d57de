-- A measurement round at a meeting: each participant scores on their own, the scores stay hidden until everyone has
-- answered or the caseworker ends the round, then they are shown side by side with each one's previous round.
-- meeting_id has no foreign key: the meeting module is built alongside and links to rounds from its own page.
create table measurement_round (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null references case_file (id),
    child_id           bigint not null references child (id),
    instrument_code    text not null,
    instrument_version integer not null,
    goal_id            bigint references goal (id),
    meeting_id         bigint,
    started_by         bigint not null references app_user (id),
    started_at         timestamptz not null,
    closed_at          timestamptz,
    closed_by          bigint references app_user (id),
    version            integer not null default 0,
    foreign key (instrument_code, instrument_version) references instrument (code, version)
);
create index measurement_round_case on measurement_round (case_id, started_at desc);

create table measurement_round_participant (
    id              bigint generated always as identity primary key,
    round_id        bigint not null references measurement_round (id),
    position        smallint not null,
    name            text not null,
    perspective     text not null check (perspective in ('CHILD', 'PARENT', 'CASEWORKER', 'PROVIDER', 'NETWORK', 'SCHOOL')),
    person_id       bigint references person (id),
    measurement_id  bigint references measurement (id),
    unique (round_id, position)
);

alter table measurement add column round_id bigint references measurement_round (id);
alter table measurement add column respondent_person_id bigint references person (id);
create index measurement_round_rows on measurement (round_id) where round_id is not null;

-- A FIT exemption may be given until a date (reviewed then) or until it is ended by hand.
alter table fit_exemption add column valid_until date;

-- FIT instruments (ORS, SRS and their child versions) are the ones a FIT exemption covers.
alter table instrument add column fit boolean not null default false;
update instrument set fit = true where code in ('ORS', 'CORS', 'SRS', 'CSRS');

-- Whether the total lay below the clinical cut-off for the child's age, fixed when measured, so alert lists (SRS
-- below cut-off) read one column instead of recomputing ages.
alter table measurement add column below_cutoff boolean not null default false;
