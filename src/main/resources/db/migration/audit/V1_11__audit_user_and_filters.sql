-- Who the user was when the event happened (name and role): an insight request must show it even after the user
-- is renamed or changes role. Adding columns fires no row trigger, so the append-only rule is untouched.
alter table audit_event add column user_full_name text;
alter table audit_event add column user_role text;

-- The administrator's log filters on action (e.g. every DENIED), newest first.
create index audit_event_action_time on audit_event (action, occurred_at desc);

-- TRUNCATE bypasses the update/delete trigger, so refuse it too.
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
