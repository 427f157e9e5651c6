-- `tariffscope describe TABLE`: the columns of one table or view ($1), in order.
with columns as (
    select table_name, column_index, column_name, data_type, is_nullable, column_default, comment
    from duckdb_columns()
    where database_name = current_database() and schema_name = 'main'
),

final as (
    select column_name as "column", data_type as type, is_nullable as nullable, column_default as "default", comment
    from columns
    where table_name = $1
    order by column_index
)

select * from final
