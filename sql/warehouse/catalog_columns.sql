-- Every column of every table and view, with its DuckDB type, in column order: run on an empty database that
-- holds only sql/schema/ (and the trade_flow view) to read each table's contract (tariffscope/columns.py).
with columns as (
    select table_name, column_name, data_type, column_index from duckdb_columns()
),

final as (
    select table_name, column_name, data_type from columns order by table_name, column_index
)

select * from final
