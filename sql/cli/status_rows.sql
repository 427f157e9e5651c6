-- `tariffscope status` "Rows per table": DuckDB's row estimate of every table, plus trade_flow, the view users
-- query (one row per trade_flow_fact row: the view only adds each row's provenance). iso3_code (sql/schema/009: all
-- 17,576 AAA..ZZZ, the same in every warehouse, a helper of the trade_flow view) is not data anyone loaded: not listed.
with tables as (
    select table_name, estimated_size from duckdb_tables()
    where database_name = current_database() and schema_name = 'main' and table_name <> 'iso3_code'
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
