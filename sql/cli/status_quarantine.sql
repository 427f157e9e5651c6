-- `tariffscope status` "Quarantine": rows held back from the data now in the warehouse, per table and file:
-- the quarantine of each file's effective load (sql/models/load_effective.sql), as the report counts it.
with effective as (
    select _load_id from load_effective
),

quarantined as (
    select q.table_name, q.source_file, q.failed_expectations
    from quarantine q
    join effective e using (_load_id)
),

final as (
    select table_name, source_file, count(*) as rows, any_value(failed_expectations[1]) as example_reason
    from quarantined
    group by all
    order by rows desc, table_name, source_file
)

select * from final
