-- Does this warehouse's load_audit record reader versions? (One from before schema 007 does not: every file
-- is then new to it.) A row when it does, none when it does not.
with audit_columns as (
    select column_name
    from duckdb_columns()
    where database_name = current_database() and table_name = 'load_audit'
),

final as (
    select 1 as found from audit_columns where column_name = 'reader_version'
)

select * from final
