-- The staged rows of one load, with its load id given once.
insert into {table} by name select *, ? as _load_id from staged
