-- Bilateral balance by year from ONE source: the source with the most rows in bilateral_balance
-- (ties: alphabetical). One row per reporter, partner and year (the view repeats them per mirror source).
with chosen as (
    select source from bilateral_balance group by source order by count(*) desc, source limit 1
)

select distinct b.source, b.year, b.reporter_iso3, b.partner_iso3, b.exports_usd, b.imports_usd, b.balance_usd
from bilateral_balance b
join chosen using (source)
where b.balance_usd is not null
order by b.reporter_iso3, b.partner_iso3, b.year
