-- US trade with Canada and Mexico by year, both flows, from ONE source: the source with the most
-- annual TOTAL rows for these series (ties: alphabetical). Values in US$.
with series as (
    select source, partner_iso3, flow, year, value_usd, previous_value_usd, change_pct
    from trade_trend
    where reporter_iso3 = 'USA' and partner_iso3 in ('CAN', 'MEX') and hs_code = 'TOTAL'
      and flow in ('export', 'import')
),

chosen as (
    select source from series group by source order by count(*) desc, source limit 1
)

select s.*
from series s
join chosen using (source)
order by partner_iso3, flow, year
