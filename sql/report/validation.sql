-- The latest validation of every table (a load or a `tariffscope validate` run): expectations passed
-- and, for failures, the expectation, unexpected count and sample.
with latest_run as (
    select table_name, run_id, validated_at
    from validation_result
    qualify row_number() over (partition by table_name order by validated_at desc, run_id) = 1
)

select
    v.table_name, v.run_id, v.validated_at, v.expectation, v.level, v.success,
    v.element_count, v.unexpected_count, v.unexpected_sample
from validation_result v
join latest_run l using (table_name, run_id)
order by v.table_name, v.success, v.expectation
