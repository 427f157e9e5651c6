-- load_effective: for every (source_file, table_name), the latest load that wrote rows or was refused as a whole:
-- its quarantine and validation results describe the data in the warehouse now (a later 'unchanged' or 'failed'
-- attempt changed nothing). One definition for the report and `tariffscope status`.
with audit as (
    select * from load_audit
),

final as (
    select
        source_file, table_name, _load_id, status, rows_in, rows_loaded, rows_quarantined, rows_filtered,
        started_at, finished_at
    from audit
    where status in ('loaded', 'rejected')
    qualify row_number() over (partition by source_file, table_name order by finished_at desc, started_at desc) = 1
)

select * from final
