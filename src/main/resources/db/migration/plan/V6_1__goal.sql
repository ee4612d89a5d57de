-- The child's plan (barnets plan / ungeplan, barnets lov § 91) and its goals. Goals are set in the family's words
-- and followed at every follow-up; each change is kept in goal_revision.
create table child_plan (
    id             bigint generated always as identity primary key,
    case_id        bigint not null references case_file (id),
    child_id       bigint not null references child (id),
    kind           text not null check (kind in ('CHILD_PLAN', 'YOUTH_PLAN')),
    decision_id    bigint references decision (id),
    established_on date not null,
    created_by     bigint not null references app_user (id),
    created_at     timestamptz not null,
    version        integer not null default 0
);
create index child_plan_case on child_plan (case_id);

create table goal (
    id            bigint generated always as identity primary key,
    case_id       bigint not null references case_file (id),
    child_id      bigint not null references child (id),
    plan_id       bigint references child_plan (id),
    title         text not null,
    status        text not null check (status in ('ACTIVE', 'ACHIEVED', 'DROPPED')),
    set_on        date not null,
    review_on     date,
    closed_on     date,
    created_by    bigint not null references app_user (id),
    created_at    timestamptz not null,
    version       integer not null default 0
);
create index goal_case on goal (case_id, status);
create index goal_child on goal (child_id);
