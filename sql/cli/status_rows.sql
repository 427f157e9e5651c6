-- `tariffscope status` "Rows per table": DuckDB's row estimate of every table, plus trade_flow, the view users
-- query (one row per trade_flow_fact row: the view only adds each row's provenance).
with tables as (
    select table_name, estimated_size from duckdb_tables() where database_name = current_database() and schema_name = 'main'
),

views as (
    select 'trade_flow' as table_name, estimated_size from tables where table_name = 'trade_flow_fact'
),

final as (
    select table_name as "table", estimated_size as rows
    from (select * from tables union all select * from views)
    order by table_name
)

select * from final
