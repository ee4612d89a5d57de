-- An intervention's reports, newest period first: the provider's list and where the next report's period begins.
create index status_report_intervention on status_report (intervention_id, period_to desc);
