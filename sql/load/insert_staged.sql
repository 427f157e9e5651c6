-- The staged rows as they are (a dimension's reference file).
insert into {table} by name select * from staged
