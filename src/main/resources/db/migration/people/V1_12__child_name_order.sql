-- Lists of children are sorted by name; with this index a page is read in name order instead of sorting them all.
create index child_name_order on child (lower(last_name), lower(first_name), id);
