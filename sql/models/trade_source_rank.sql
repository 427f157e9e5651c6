-- trade_source_rank: every (reporter, source) in trade_flow with its rank under data/reference/source_preference.csv.
-- The one place the source-preference rule is applied: claim_check and tariff_exposure take the lowest
-- source_rank (ties: the alphabetically first source). Unmatched sources rank 100 and show their own name.
with sources as (
    select distinct reporter_iso3, source from trade_flow
),

preferences as (
    select reporter_iso3, source_pattern, rank, label, why from source_preference
),

matched as (
    select
        s.reporter_iso3,
        s.source,
        p.rank,
        p.label,
        p.why
    from sources s
    left join preferences p
        on (p.reporter_iso3 = s.reporter_iso3 or p.reporter_iso3 = '*')
        and s.source ilike p.source_pattern
    qualify row_number() over (partition by s.reporter_iso3, s.source order by p.rank nulls last) = 1
),

final as (
    select
        reporter_iso3,
        source,
        coalesce(rank, 100) as source_rank,
        coalesce(label, source) as source_label,
        coalesce(why, 'no preference row matches this source') as preference_why
    from matched
)

select * from final
