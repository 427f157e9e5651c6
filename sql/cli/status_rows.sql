-- `tariffscope status` "Rows per table": DuckDB's row estimate of every table in the warehouse.
with tables as (
    select table_name, estimated_size from duckdb_tables() where schema_name = 'main'
),

final as (
    select table_name as "table", estimated_size as rows from tables order by table_name
)

select * from final
