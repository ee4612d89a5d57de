-- The content of the child's plan, the § 32 stance on whether to make one, and every goal's criteria, supporters,
-- ICS dimensions and history.

-- Which plan a child gets by age (barnets lov § 91: barnets plan; § 108, stk. 2: ungeplan from 16), as data.
create table plan_kind (
    kind            text primary key check (kind in ('CHILD_PLAN', 'YOUTH_PLAN')),
    name            text not null,
    from_age        smallint not null unique,
    legal_reference text not null
);
insert into plan_kind (kind, name, from_age, legal_reference) values
    ('CHILD_PLAN', 'Barnets plan', 0, 'barnets lov § 91'),
    ('YOUTH_PLAN', 'Ungeplan', 16, 'barnets lov § 108, stk. 2');

alter table child_plan
    add column purpose      text,
    add column child_view   text,
    add column parents_view text,
    add column support      text,
    add column updated_by   bigint references app_user (id),
    add column updated_at   timestamptz;
-- One plan per case covers all its interventions (ICS: one plan).
create unique index child_plan_one_per_case on child_plan (case_id);

-- After a § 32 decision the caseworker states whether a plan is made, and why (barnets lov § 91, stk. 1).
create table plan_decision (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references case_file (id),
    child_id    bigint not null references child (id),
    decision_id bigint not null unique references decision (id),
    decided_on  date not null,
    plan_needed boolean,
    reason      text,
    recorded_by bigint references app_user (id),
    recorded_at timestamptz,
    version     integer not null default 0
);
create index plan_decision_case on plan_decision (case_id) where plan_needed is null;

alter table goal
    add column status_reason text,
    add column updated_by    bigint references app_user (id),
    add column updated_at    timestamptz;

-- "Hvad vil vi gerne se ske?": how attainment will be seen, each from a participant.
create table goal_criterion (
    id          bigint generated always as identity primary key,
    goal_id     bigint not null references goal (id),
    perspective text not null check (perspective in ('CHILD', 'PARENT', 'CASEWORKER', 'PROVIDER', 'NETWORK', 'SCHOOL')),
    name        text,
    text        text not null,
    position    smallint not null
);
create index goal_criterion_goal on goal_criterion (goal_id);

-- Who supports what: network, school, provider, parents.
create table goal_supporter (
    id           bigint generated always as identity primary key,
    goal_id      bigint not null references goal (id),
    perspective  text not null check (perspective in ('CHILD', 'PARENT', 'CASEWORKER', 'PROVIDER', 'NETWORK', 'SCHOOL')),
    name         text,
    contribution text not null,
    position     smallint not null
);
create index goal_supporter_goal on goal_supporter (goal_id);

create table goal_ics_dimension (
    goal_id      bigint not null references goal (id),
    dimension_id smallint not null references ics_dimension (id),
    primary key (goal_id, dimension_id)
);

-- Every change of a goal: who, when, why, and the goal before and after (null before: the goal was set).
create table goal_revision (
    id               bigint generated always as identity primary key,
    goal_id          bigint not null references goal (id),
    revised_at       timestamptz not null,
    revised_by       bigint not null references app_user (id),
    reason           text not null,
    title_before     text,
    title_after      text not null,
    status_before    text,
    status_after     text not null,
    review_before    date,
    review_after     date,
    details_before   text,
    details_after    text not null
);
create index goal_revision_goal on goal_revision (goal_id, revised_at);
