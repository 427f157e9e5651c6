-- `tariffscope status` "Last loads": the 15 most recent real loads (no-ops are not loads).
with audit as (
    select * from load_audit
),

final as (
    select
        source_file, table_name, status, rows_in, rows_loaded, rows_quarantined, rows_filtered,
        strftime(finished_at, '%Y-%m-%d %H:%M:%S') as finished, left(coalesce(message, ''), 80) as message
    from audit
    where status <> 'unchanged'
    order by finished_at desc, table_name
    limit 15
)

select * from final
