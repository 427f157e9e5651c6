-- The views (models) of the current database's main schema, by name.
with views as (
    select view_name
    from duckdb_views()
    where not internal and database_name = current_database() and schema_name = 'main'
),

final as (
    select view_name from views order by view_name
)

select * from final
