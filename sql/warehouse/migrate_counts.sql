-- `tariffscope migrate`, after the copy: rows of table {table} in the attached source warehouse and here.
with source_rows as (
    select count(*) as rows_source from migrate_source.main.{table}
),

target_rows as (
    select count(*) as rows_target from {table}
),

final as (
    select rows_source, rows_target from source_rows, target_rows
)

select * from final
