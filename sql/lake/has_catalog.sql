-- Does the Postgres database attached as catalog_probe already hold a DuckLake? A row when its
-- ducklake_metadata table exists (tariffscope/lake.py postgres_catalog_exists), none when not.
with probe_tables as (
    select table_name from duckdb_tables() where database_name = 'catalog_probe'
),

final as (
    select 1 as found from probe_tables where table_name = 'ducklake_metadata'
)

select * from final
