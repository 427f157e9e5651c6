-- Quarantined rows of the effective load of every file (sql/models/load_effective.sql), one row per failed
-- expectation, with up to three sample rows (1-based data row number and the original row as JSON).
with effective as (
    select _load_id from load_effective
),

failed as (
    select q.table_name, q.source_file, q.row_number, q.original_row::varchar as original_row,
           unnest(q.failed_expectations) as expectation
    from quarantine q
    join effective e using (_load_id)
)

select
    table_name, source_file, expectation, count(*) as n_rows,
    list(row_number order by row_number)[1:3] as sample_row_numbers,
    list(original_row order by row_number)[1:3] as sample_rows
from failed
group by all
order by n_rows desc, table_name, source_file, expectation
