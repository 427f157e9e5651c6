-- A run's load summary (the flows' markdown artifact, tariffscope/summary.py): claim_check verdicts per claim type.
with claims as (
    select claim_type, verdict from claim_check
),

final as (
    select claim_type, verdict, count(*) as claims
    from claims
    group by all
    order by all
)

select * from final
