-- The last run, file by file: the latest audit row of each (source_file, table_name). A file skipped as
-- unchanged points to its effective load (the latest load that wrote rows), whose quarantine and
-- validation results still describe the data in the warehouse.
with latest as (
    select *
    from load_audit
    qualify row_number() over (partition by source_file, table_name order by finished_at desc, started_at desc) = 1
),

effective as (
    select source_file, table_name, _load_id as effective_load_id, rows_loaded as effective_rows_loaded,
           rows_quarantined as effective_rows_quarantined, finished_at as effective_finished_at
    from load_effective
),

checks as (
    select run_id, table_name, count(*) filter (where success) as checks_passed, count(*) as checks_total
    from validation_result
    group by all
)

select
    l.source_file, l.table_name, l.status, l.message, l.finished_at, l.rows_in, l.rows_loaded,
    l.rows_quarantined, l.rows_filtered,
    e.effective_load_id, e.effective_finished_at,
    coalesce(e.effective_rows_quarantined, 0) as quarantined_now,
    k.checks_passed, k.checks_total
from latest l
left join effective e using (source_file, table_name)
left join checks k on k.run_id = e.effective_load_id and k.table_name = l.table_name
order by l.finished_at, l.source_file, l.table_name
