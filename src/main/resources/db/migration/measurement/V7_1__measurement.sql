-- Measurement instruments as data (versioned: a measurement keeps the version it was taken with) and the
-- measurements themselves, one row per respondent per occasion with a score per item.
create table instrument (
    code              text not null,
    version           integer not null,
    name              text not null,
    short_name        text not null,
    intro             text not null,
    -- Scored once per goal (Signs of Safety scale per safety goal, goal attainment) or once per occasion.
    per_goal          boolean not null default false,
    -- SUM: the total is the sum of the items (ORS 0–40); SINGLE: one item, the total is its score.
    total_rule        text not null check (total_rule in ('SUM', 'SINGLE')),
    respondents       text[] not null,
    min_age           integer,
    max_age           integer,
    -- The version for younger children (ORS -> CORS), chosen by the child's age.
    child_version_of  text,
    -- A fall of at least this much on the total between two measurements of one respondent is an alert.
    reliable_change   numeric(5, 2) not null,
    -- Asks each respondent for a reason and what one step up or down would look like (Trivselslinealen).
    asks_reasons      boolean not null default false,
    -- The official wording needs the municipality's licence (FIT); the product ships neutral labels.
    requires_licence  boolean not null default false,
    active            boolean not null default true,
    created_at        timestamptz not null default now(),
    created_by        bigint references app_user (id),
    primary key (code, version)
);

create table instrument_item (
    instrument_code    text not null,
    instrument_version integer not null,
    position           smallint not null,
    label              text not null,
    min_value          numeric(5, 2) not null,
    max_value          numeric(5, 2) not null,
    step               numeric(5, 2) not null,
    higher_is_better   boolean not null default true,
    low_label          text,
    high_label         text,
    primary key (instrument_code, instrument_version, position),
    foreign key (instrument_code, instrument_version) references instrument (code, version),
    check (min_value < max_value and step > 0)
);

-- Colour bands on the total (red / yellow / green), shown on scales and charts.
create table instrument_band (
    instrument_code    text not null,
    instrument_version integer not null,
    lower_value        numeric(6, 2) not null,
    upper_value        numeric(6, 2) not null,
    colour             text not null check (colour in ('RED', 'YELLOW', 'GREEN')),
    label              text not null,
    primary key (instrument_code, instrument_version, lower_value),
    foreign key (instrument_code, instrument_version) references instrument (code, version)
);

-- Clinical cut-off on the total by the child's age: below it the score is in the clinical range.
create table instrument_cutoff (
    instrument_code    text not null,
    instrument_version integer not null,
    min_age            integer not null,
    max_age            integer not null,
    cutoff             numeric(6, 2) not null,
    primary key (instrument_code, instrument_version, min_age),
    foreign key (instrument_code, instrument_version) references instrument (code, version)
);

create table measurement (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null references case_file (id),
    child_id           bigint not null references child (id),
    instrument_code    text not null,
    instrument_version integer not null,
    goal_id            bigint references goal (id),
    perspective        text not null check (perspective in ('CHILD', 'PARENT', 'CASEWORKER', 'PROVIDER', 'NETWORK', 'SCHOOL')),
    respondent_name    text not null,
    measured_at        timestamptz not null,
    total              numeric(6, 2) not null,
    reason             text,
    step_up            text,
    step_down          text,
    channel            text not null check (channel in ('SCREEN', 'MEETING', 'LINK', 'PROVIDER')),
    meeting_id         bigint,
    recorded_by        bigint references app_user (id),
    recorded_at        timestamptz not null,
    foreign key (instrument_code, instrument_version) references instrument (code, version)
);
-- The chart reads one child's course on one instrument; the silence alert reads each case's latest measurement.
create index measurement_child_course on measurement (child_id, instrument_code, measured_at);
create index measurement_case_latest on measurement (case_id, measured_at desc);

create table measurement_score (
    measurement_id bigint not null references measurement (id),
    position       smallint not null,
    score          numeric(5, 2) not null,
    primary key (measurement_id, position)
);

-- FIT exempted for a case, with the professional reason (seed 001: conflict-ridden course, cognitive difficulties).
create table fit_exemption (
    id         bigint generated always as identity primary key,
    case_id    bigint not null references case_file (id),
    child_id   bigint not null references child (id),
    reason     text not null,
    decided_by bigint not null references app_user (id),
    decided_at timestamptz not null,
    ended_at   timestamptz,
    ended_by   bigint references app_user (id)
);
create unique index fit_exemption_one_open on fit_exemption (case_id) where ended_at is null;

insert into instrument (code, version, name, short_name, intro, per_goal, total_rule, respondents, min_age, max_age,
                        child_version_of, reliable_change, asks_reasons, requires_licence) values
('TRIVSELSLINEAL', 1, 'Trivselslinealen', 'Trivsel',
 'Hvor godt har barnet det lige nu? Sæt dit eget tal, og fortæl hvorfor. Der er ikke et rigtigt svar.',
 false, 'SINGLE', '{CHILD,PARENT,CASEWORKER,PROVIDER,NETWORK,SCHOOL}', null, null, null, 2, true, false),
('ORS', 1, 'Outcome Rating Scale (FIT)', 'ORS',
 'Hvordan er det gået den seneste uge? Sæt en markering på hver linje; til venstre er dårligt, til højre er godt.',
 false, 'SUM', '{CHILD,PARENT}', 13, null, null, 5, false, true),
('CORS', 1, 'Child Outcome Rating Scale (FIT)', 'CORS',
 'Hvordan har du haft det? Flyt prikken hen mod det glade ansigt, hvis det har været godt.',
 false, 'SUM', '{CHILD}', 6, 12, 'ORS', 5, false, true),
('SRS', 1, 'Session Rating Scale (FIT)', 'SRS',
 'Hvordan var samtalen i dag? Dit svar hjælper os med at gøre det bedre.',
 false, 'SUM', '{CHILD,PARENT}', 13, null, null, 1, false, true),
('CSRS', 1, 'Child Session Rating Scale (FIT)', 'CSRS',
 'Hvordan var det at være her i dag?',
 false, 'SUM', '{CHILD}', 6, 12, 'SRS', 1, false, true),
('SOS_SCALE', 1, 'Signs of Safety-skala', 'Sikkerhed',
 'På en skala fra 0 til 10, hvor 10 betyder, at barnet er sikkert nok til, at sagen kan lukkes, og 0 betyder, '
 || 'at barnet med sikkerhed vil komme til skade: hvor er vi i dag?',
 true, 'SINGLE', '{CHILD,PARENT,CASEWORKER,PROVIDER,NETWORK,SCHOOL}', null, null, null, 2, true, false),
('GOAL_ATTAINMENT', 1, 'Målopfyldelse', 'Mål',
 'Hvor tæt er vi på målet? 0 er, at intet har ændret sig, 10 er, at målet er nået.',
 true, 'SINGLE', '{CHILD,PARENT,CASEWORKER,PROVIDER,NETWORK,SCHOOL}', null, null, null, 2, true, false),
('GAS', 1, 'Goal Attainment Scaling', 'GAS',
 'Hvilket niveau er nået? 0 er det forventede resultat, +2 langt bedre, −2 langt dårligere end forventet.',
 true, 'SINGLE', '{CASEWORKER,PROVIDER}', null, null, null, 1, false, false);

insert into instrument_item (instrument_code, instrument_version, position, label, min_value, max_value, step,
                             low_label, high_label) values
('TRIVSELSLINEAL', 1, 1, 'Trivsel', 0, 10, 1, 'Truet trivsel', 'God trivsel'),
('ORS', 1, 1, 'Personligt', 0, 10, 0.1, 'Dårligt', 'Godt'),
('ORS', 1, 2, 'Nære relationer', 0, 10, 0.1, 'Dårligt', 'Godt'),
('ORS', 1, 3, 'Socialt', 0, 10, 0.1, 'Dårligt', 'Godt'),
('ORS', 1, 4, 'Generelt', 0, 10, 0.1, 'Dårligt', 'Godt'),
('CORS', 1, 1, 'Mig selv', 0, 10, 0.1, 'Trist', 'Glad'),
('CORS', 1, 2, 'Familien', 0, 10, 0.1, 'Trist', 'Glad'),
('CORS', 1, 3, 'Skolen', 0, 10, 0.1, 'Trist', 'Glad'),
('CORS', 1, 4, 'Alt i alt', 0, 10, 0.1, 'Trist', 'Glad'),
('SRS', 1, 1, 'Relationen', 0, 10, 0.1, 'Jeg følte mig ikke hørt', 'Jeg følte mig hørt'),
('SRS', 1, 2, 'Mål og emner', 0, 10, 0.1, 'Vi talte ikke om det, jeg ville', 'Vi talte om det, jeg ville'),
('SRS', 1, 3, 'Måden at arbejde på', 0, 10, 0.1, 'Passer ikke til mig', 'Passer godt til mig'),
('SRS', 1, 4, 'Generelt', 0, 10, 0.1, 'Noget manglede', 'Det var godt'),
('CSRS', 1, 1, 'De lyttede til mig', 0, 10, 0.1, 'Nej', 'Ja'),
('CSRS', 1, 2, 'Vi talte om det, jeg ville', 0, 10, 0.1, 'Nej', 'Ja'),
('CSRS', 1, 3, 'Jeg kunne lide det, vi lavede', 0, 10, 0.1, 'Nej', 'Ja'),
('CSRS', 1, 4, 'Alt i alt', 0, 10, 0.1, 'Nej', 'Ja'),
('SOS_SCALE', 1, 1, 'Sikkerhed', 0, 10, 1, 'Barnet kommer til skade', 'Sikkert nok til at lukke sagen'),
('GOAL_ATTAINMENT', 1, 1, 'Målopfyldelse', 0, 10, 1, 'Intet har ændret sig', 'Målet er nået'),
('GAS', 1, 1, 'Niveau', -2, 2, 1, 'Langt dårligere end forventet', 'Langt bedre end forventet');

insert into instrument_band (instrument_code, instrument_version, lower_value, upper_value, colour, label) values
('TRIVSELSLINEAL', 1, 0, 3, 'RED', 'Truet trivsel'),
('TRIVSELSLINEAL', 1, 4, 6, 'YELLOW', 'Udsat trivsel'),
('TRIVSELSLINEAL', 1, 7, 10, 'GREEN', 'God trivsel'),
('SOS_SCALE', 1, 0, 3, 'RED', 'Bekymrende'),
('SOS_SCALE', 1, 4, 6, 'YELLOW', 'På vej'),
('SOS_SCALE', 1, 7, 10, 'GREEN', 'Sikkert nok'),
('GOAL_ATTAINMENT', 1, 0, 3, 'RED', 'Langt fra målet'),
('GOAL_ATTAINMENT', 1, 4, 6, 'YELLOW', 'På vej'),
('GOAL_ATTAINMENT', 1, 7, 10, 'GREEN', 'Tæt på eller nået');

-- FIT cut-offs (OpenFIT): ORS 25 for adults, 28 for adolescents, 32 for children; SRS 36 at every age.
insert into instrument_cutoff (instrument_code, instrument_version, min_age, max_age, cutoff) values
('ORS', 1, 13, 17, 28),
('ORS', 1, 18, 200, 25),
('CORS', 1, 0, 12, 32),
('SRS', 1, 0, 200, 36),
('CSRS', 1, 0, 200, 36);
