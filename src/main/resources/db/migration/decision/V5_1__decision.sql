-- Decisions (afgørelser) and the legal bases they rest on, as reference data.
create table legal_basis (
    id             text primary key,
    paragraph      text not null,
    title          text not null,
    decision_types text[] not null,
    subtypes       text[] not null default '{}',
    valid_from     date not null,
    valid_to       date
);

insert into legal_basis (id, paragraph, title, decision_types, subtypes, valid_from) values
('BL-20', 'barnets lov § 20', 'Børnefaglig undersøgelse', '{CHILD_INVESTIGATION}', '{}', '2024-01-01'),
('BL-30-31', 'barnets lov §§ 30–31', 'Tidligt forebyggende indsats', '{EARLY_SUPPORT,REFUSAL,TERMINATION}', '{}', '2024-01-01'),
('BL-32', 'barnets lov § 32', 'Støttende indsats', '{SUPPORTIVE,REFUSAL,TERMINATION}',
 '{"Praktisk, pædagogisk eller anden støtte i hjemmet","Familiebehandling","Døgnophold for hele familien","Aflastning","Personlig rådgiver","Fast kontaktperson","Formidling af praktiktilbud","Fritidstilbud","Anden hjælp"}',
 '2024-01-01'),
('BL-46', 'barnets lov § 46', 'Anbringelse uden for hjemmet', '{PLACEMENT,REFUSAL,TERMINATION}',
 '{"Plejefamilie","Netværksplejefamilie","Kommunal plejefamilie","Døgninstitution","Opholdssted","Eget værelse eller kollegium"}',
 '2024-01-01');

create table decision (
    id                        bigint generated always as identity primary key,
    case_id                   bigint not null references case_file (id),
    child_id                  bigint not null references child (id),
    type                      text not null,
    legal_basis_id            text not null references legal_basis (id),
    subtype                   text,
    purpose                   text,
    expected_effect           text,
    expected_duration_months  integer,
    child_view                text,
    child_view_missing_reason text,
    parents_view              text,
    child_is_party            boolean not null,
    decided_on                date not null,
    notified_on               date,
    complaint_guidance        text not null,
    decided_by                bigint not null references app_user (id),
    recorded_at               timestamptz not null
);
create index decision_case on decision (case_id, decided_on desc);
