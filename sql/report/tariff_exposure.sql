-- tariff_exposure per measure in the latest sized year. The view already keeps ONE trade source per measure and
-- year (the imposer's preferred source, data/reference/source_preference.csv via trade_source_rank); trade_source
-- is shown. prorated_duty_usd scales the duty to the days the measure was in force in its first year.
with exposure as (
    select * from tariff_exposure where covered_imports_usd is not null
),

latest as (
    select max(year) as year from exposure
),

best as (
    select e.*
    from exposure e
    join latest l using (year)
)

select
    measure_id, measure_name, imposing_iso3, target_iso3, product_scope, rate_pct, effective_date, end_date,
    usmca_exempt, year, trade_source, array_to_string(covered_chapters, ' ') as covered_chapters,
    covered_imports_usd, estimated_duty_usd, days_in_force, partial_year, prorated_duty_usd, note
from best
order by estimated_duty_usd desc, covered_imports_usd desc, measure_name, target_iso3
