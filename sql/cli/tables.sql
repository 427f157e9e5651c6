-- `tariffscope tables`: every table and view of the warehouse, with its row count (tables: DuckDB's estimate,
-- exact after a load) and its number of columns.
with tables as (
    select table_name as name, 'table' as kind, estimated_size as rows, column_count as columns, comment
    from duckdb_tables()
    where database_name = current_database() and schema_name = 'main'
),

views as (
    select view_name as name, 'view' as kind, null::bigint as rows, column_count as columns, comment
    from duckdb_views()
    where database_name = current_database() and schema_name = 'main' and not internal
),

final as (
    select name, kind, rows, columns, comment from tables
    union all
    select name, kind, rows, columns, comment from views
    order by kind, name
)

select * from final
