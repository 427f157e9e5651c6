-- The comment of every view: on a lake it tags the sql/models/ file (and hash) the view was created from, so
-- only views whose file changed are created again (tariffscope/lake.py stale_models).
with views as (
    select view_name, comment
    from duckdb_views()
    where database_name = current_database() and not internal
),

final as (
    select view_name, comment from views
)

select * from final
