-- The base tables (not views) of a database's main schema, by name: of database ? (null: the current one).
with tables as (
    select table_name
    from duckdb_tables()
    where database_name = coalesce(?, current_database()) and schema_name = 'main'
),

final as (
    select table_name from tables order by table_name
)

select * from final
