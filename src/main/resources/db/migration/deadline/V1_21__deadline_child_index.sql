-- The child's page lists all deadlines of the child's cases; without this index that is a scan of every deadline.
create index deadline_child on deadline (child_id);
