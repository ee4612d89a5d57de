-- Concern reports (underretninger) and the family's own requests (henvendelser), barnets lov §§ 133-137.
create table concern_report (
    id                    bigint generated always as identity primary key,
    child_id              bigint not null references child (id),
    case_id               bigint not null references case_file (id),
    kind                  text not null check (kind in ('CONCERN_REPORT', 'REQUEST')),
    reporter_type         text not null,
    reporter_name         text,
    reporter_organisation text,
    reporter_contact      text,
    received_at           timestamptz not null,
    channel               text not null,
    content               text not null,
    concern_categories    text[] not null default '{}',
    registered_by         bigint references app_user (id),
    registered_at         timestamptz not null,
    assessed_at           timestamptz,
    assessed_by           bigint references app_user (id),
    acute_danger          boolean,
    immediate_action      text,
    assessment_reasons    text,
    receipt_confirmed_at  timestamptz,
    receipt_confirmed_by  bigint references app_user (id),
    version               integer not null default 0
);
create index concern_report_child_time on concern_report (child_id, received_at desc);
create index concern_report_case on concern_report (case_id);
create index concern_report_unassessed on concern_report (received_at) where assessed_at is null;
