-- Measures tariff_exposure cannot size (no import figures, or scope not mapped to HS chapters).
select distinct measure_id, measure_name, imposing_iso3, target_iso3, product_scope, rate_pct, note
from tariff_exposure
where covered_imports_usd is null
order by imposing_iso3, measure_name, target_iso3
