-- A caseworker may close an open deadline that no longer applies, with a reason; met_at then records when, so every
-- list that reads open deadlines (met_at is null) leaves it out.
alter table deadline add column closed_reason text;
alter table deadline add column closed_by bigint references app_user (id);
