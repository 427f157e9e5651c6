-- tariff_exposure per measure in the latest sized year. A measure can be sized from several trade sources;
-- each measure row keeps ONE: the source with the most trade_flow rows overall (ties: alphabetical), so
-- chapter measures use the HS-2 series and all-goods measures the TOTAL series. trade_source is shown.
with exposure as (
    select * from tariff_exposure where covered_imports_usd is not null
),

source_size as (
    select source, count(*) as n_rows from trade_flow group by source
),

latest as (
    select max(year) as year from exposure
),

best as (
    select e.*, s.n_rows
    from exposure e
    join latest l using (year)
    join source_size s on s.source = e.trade_source
    qualify row_number() over (partition by e.measure_id order by s.n_rows desc, e.trade_source) = 1
)

select
    measure_id, measure_name, imposing_iso3, target_iso3, product_scope, rate_pct, effective_date, end_date,
    usmca_exempt, year, trade_source, array_to_string(covered_chapters, ' ') as covered_chapters,
    covered_imports_usd, estimated_duty_usd, note
from best
order by estimated_duty_usd desc, covered_imports_usd desc, measure_name, target_iso3
