-- Organisation: teams, providers (udførere) and users with their roles.
create table team (
    id          bigint generated always as identity primary key,
    name        text not null unique,
    description text
);

create table provider (
    id      bigint generated always as identity primary key,
    name    text not null unique,
    kind    text not null,
    contact text
);

create table app_user (
    id            bigint generated always as identity primary key,
    username      text not null unique,
    password_hash text,
    full_name     text not null,
    email         text,
    role          text not null check (role in ('CASEWORKER', 'TEAM_LEADER', 'HEAD', 'PROVIDER', 'ADMIN')),
    provider_id   bigint references provider (id),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    check (role <> 'PROVIDER' or provider_id is not null)
);

create table team_membership (
    user_id bigint not null references app_user (id),
    team_id bigint not null references team (id),
    primary key (user_id, team_id)
);
create index team_membership_team on team_membership (team_id);

-- Failed logins, kept in the database so throttling holds across several app nodes.
create table login_failure (
    id        bigint generated always as identity primary key,
    username  text not null,
    failed_at timestamptz not null,
    remote    text
);
create index login_failure_user_time on login_failure (lower(username), failed_at);
