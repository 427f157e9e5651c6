-- `tariffscope migrate`: copy every row of table {table} from the attached source warehouse, column by name.
insert into {table} by name
select * from migrate_source.main.{table}
