-- trade_trend: year-on-year change of every annual series (source, reporter, partner, flow, hs_code).
with flows as (
    select source, reporter_iso3, partner_iso3, flow, hs_code, year, value_usd
    from trade_flow
    where month is null
),

final as (
    select
        *,
        lag(value_usd) over series as previous_value_usd,
        lag(year) over series as previous_year,
        value_usd - lag(value_usd) over series as change_usd,
        round(100 * (value_usd / nullif(lag(value_usd) over series, 0) - 1), 2) as change_pct
    from flows
    window series as (partition by source, reporter_iso3, partner_iso3, flow, hs_code order by year)
)

select * from final
