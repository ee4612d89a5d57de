-- The intervention types under each legal basis, the course of an intervention (waiting, start, end) and the
-- follow-up cadence of a case.

-- Disability compensation (barnets lov kapitel 8): the legal bases the decision module lacked.
insert into legal_basis (id, paragraph, title, decision_types, subtypes, valid_from) values
('BL-86', 'barnets lov § 86', 'Dækning af nødvendige merudgifter', '{SUPPORTIVE,REFUSAL,TERMINATION}',
 '{"Dækning af merudgifter"}', '2024-01-01'),
('BL-87', 'barnets lov § 87', 'Dækning af tabt arbejdsfortjeneste', '{SUPPORTIVE,REFUSAL,TERMINATION}',
 '{"Tabt arbejdsfortjeneste"}', '2024-01-01');

insert into intervention_type (code, name, legal_basis_id, placement, position) values
('EARLY_FAMILY_COUNSELLING', 'Familieorienteret rådgivning', 'BL-30-31', false, 10),
('EARLY_PARENT_PROGRAMME', 'Forældreprogram eller forældrekursus', 'BL-30-31', false, 11),
('EARLY_GROUP', 'Netværks- eller samtalegruppe', 'BL-30-31', false, 12),
('EARLY_OTHER', 'Anden tidligt forebyggende indsats', 'BL-30-31', false, 13),
('HOME_SUPPORT', 'Praktisk, pædagogisk eller anden støtte i hjemmet', 'BL-32', false, 20),
('FAMILY_TREATMENT', 'Familiebehandling', 'BL-32', false, 21),
('FAMILY_RESIDENTIAL', 'Døgnophold for hele familien', 'BL-32', false, 22),
('RESPITE', 'Aflastning', 'BL-32', false, 23),
('PERSONAL_ADVISER', 'Personlig rådgiver', 'BL-32', false, 24),
('CONTACT_PERSON', 'Fast kontaktperson', 'BL-32', false, 25),
('WORK_PLACEMENT', 'Formidling af praktiktilbud', 'BL-32', false, 26),
('LEISURE', 'Fritidstilbud', 'BL-32', false, 27),
('OTHER_SUPPORT', 'Anden hjælp', 'BL-32', false, 28),
('FOSTER_FAMILY', 'Plejefamilie', 'BL-46', true, 30),
('NETWORK_FOSTER_FAMILY', 'Netværksplejefamilie', 'BL-46', true, 31),
('MUNICIPAL_FOSTER_FAMILY', 'Kommunal plejefamilie', 'BL-46', true, 32),
('RESIDENTIAL_INSTITUTION', 'Døgninstitution', 'BL-46', true, 33),
('RESIDENTIAL_HOME', 'Opholdssted', 'BL-46', true, 34),
('OWN_ROOM', 'Eget værelse eller kollegium', 'BL-46', true, 35),
('ADDITIONAL_EXPENSES', 'Dækning af merudgifter', 'BL-86', false, 40),
('LOST_EARNINGS', 'Tabt arbejdsfortjeneste', 'BL-87', false, 41);

alter table intervention
    add column purpose_reached      boolean,
    add column waiting_assessment   text,
    add column waiting_assessed_at  timestamptz,
    add column waiting_assessed_by  bigint references app_user (id),
    add column updated_by           bigint references app_user (id),
    add column updated_at           timestamptz;
create index intervention_decision on intervention (decision_id);

-- How often the case is followed up (all its interventions together), with the history of every change.
create table follow_up_cadence (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references case_file (id),
    child_id        bigint not null references child (id),
    interval_amount smallint not null check (interval_amount between 1 and 52),
    interval_unit   text not null check (interval_unit in ('WEEKS', 'MONTHS')),
    justification   text not null,
    child_wish      text,
    decided_on      date not null,
    decided_by      bigint not null references app_user (id),
    recorded_at     timestamptz not null
);
create index follow_up_cadence_case on follow_up_cadence (case_id, recorded_at desc);
