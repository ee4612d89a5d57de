-- The alert lists go from the user's open cases to their open alerts: a leader's teams hold a few hundred cases, while
-- the municipality holds tens of thousands of open alerts (measured: 1.3 s per list at 100 000 children without it).
create index if not exists progression_alert_open_case on progression_alert (case_id, raised_at desc) where resolved_at is null;
