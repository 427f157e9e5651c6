-- The report's "data as of": when did the latest load (of any file, any status) finish?
with audit as (
    select finished_at from load_audit
),

final as (
    select max(finished_at) as data_as_of from audit
)

select * from final
