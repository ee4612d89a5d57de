-- User administration: two administrators editing the same user must not overwrite each other.
alter table app_user add column version integer not null default 0;
