-- Append-only log of every read and write of a child's data (who, when, what, why).
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    user_id     bigint,
    username    text not null,
    action      text not null check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'DENIED', 'EXPORT')),
    entity_type text not null,
    entity_id   text,
    child_id    bigint,
    purpose     text,
    request     text,
    remote      text
);
create index audit_event_child_time on audit_event (child_id, occurred_at desc) where child_id is not null;
create index audit_event_time on audit_event (occurred_at desc);
create index audit_event_user_time on audit_event (lower(username), occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();
