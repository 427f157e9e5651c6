-- The staged rows of one file, with the file name and load id given once (not millions of copies through Arrow).
insert into {table} by name select *, ? as source_file, ? as _load_id from staged
