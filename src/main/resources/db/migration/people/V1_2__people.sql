-- People: children and the adults around them (parents, custody holders, network).
create table child (
    id         bigint generated always as identity primary key,
    cpr        char(10) not null unique,
    first_name text not null,
    last_name  text not null,
    birth_date date not null,
    gender     text not null check (gender in ('FEMALE', 'MALE')),
    address    text,
    postcode   text,
    city       text,
    school     text,
    version    integer not null default 0,
    created_at timestamptz not null default now()
);

create table person (
    id         bigint generated always as identity primary key,
    cpr        char(10) unique,
    first_name text not null,
    last_name  text not null,
    phone      text,
    email      text,
    address    text,
    postcode   text,
    city       text,
    version    integer not null default 0
);

-- How an adult stands to a child: mother, father, custody, network.
create table child_relation (
    id            bigint generated always as identity primary key,
    child_id      bigint not null references child (id),
    person_id     bigint not null references person (id),
    relation      text not null check (relation in ('MOTHER', 'FATHER', 'STEP_PARENT', 'FOSTER_PARENT', 'GRANDPARENT', 'OTHER_FAMILY', 'NETWORK')),
    custody       boolean not null default false,
    lives_with    boolean not null default false,
    note          text,
    unique (child_id, person_id)
);
create index child_relation_person on child_relation (person_id);

-- Prefix search on names and CPR for the case lists, independent of the database's collation.
create index child_last_name_prefix on child (lower(last_name) text_pattern_ops);
create index child_first_name_prefix on child (lower(first_name) text_pattern_ops);
create index child_cpr_prefix on child (cpr bpchar_pattern_ops);
