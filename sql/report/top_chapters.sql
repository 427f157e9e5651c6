-- Top HS chapters of US imports from Canada and from Mexico in the latest year, from ONE source: the
-- source with the most HS-2 import rows for these partners (ties: alphabetical). $top_n rows per partner.
with chapters as (
    select source, partner_iso3, year, hs_code, value_usd
    from trade_flow
    where reporter_iso3 = 'USA' and partner_iso3 in ('CAN', 'MEX') and flow = 'import'
      and hs_level = 2 and month is null and value_usd is not null
),

chosen as (
    select source from chapters group by source order by count(*) desc, source limit 1
),

latest as (
    select c.source, max(c.year) as year from chapters c join chosen using (source) group by all
),

ranked as (
    select
        c.source, c.partner_iso3, c.year, c.hs_code, h.description, c.value_usd,
        row_number() over (partition by c.partner_iso3 order by c.value_usd desc, c.hs_code) as rank,
        sum(c.value_usd) over (partition by c.partner_iso3) as partner_total_usd
    from chapters c
    join latest l using (source, year)
    left join hs_chapter h on h.code = c.hs_code
)

select * from ranked where rank <= $top_n order by partner_iso3, rank
