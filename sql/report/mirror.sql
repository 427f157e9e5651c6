-- Mirror asymmetry: each exporter-reported figure beside the importer's mirror figure. Every comparison
-- appears twice in bilateral_balance (export asymmetry of one side, import asymmetry of the other); the
-- export side is kept. Two sources by construction: both are named.
select
    year,
    reporter_iso3 as exporter_iso3,
    partner_iso3 as importer_iso3,
    source as exporter_source,
    exports_usd as exporter_reported_usd,
    mirror_source as importer_source,
    mirror_imports_usd as importer_reported_usd,
    export_asymmetry_pct as asymmetry_pct
from bilateral_balance
where export_asymmetry_pct is not null
order by year, exporter_iso3, importer_iso3, exporter_source, importer_source
