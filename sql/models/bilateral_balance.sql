-- bilateral_balance: each reporter's totals with a partner beside the partner's mirror figures.
-- Mirror asymmetry: what the reporter says it exported vs what the partner says it imported
-- (CIF vs FOB, timing, origin attribution, re-exports); in percent of the mirror figure.
with totals as (
    select source, reporter_iso3, partner_iso3, year, flow, value_usd
    from trade_flow
    where hs_code = 'TOTAL' and month is null
),

reported as (
    select
        source, reporter_iso3, partner_iso3, year,
        sum(value_usd) filter (where flow = 'export') as exports_usd,
        sum(value_usd) filter (where flow = 'import') as imports_usd
    from totals
    group by all
),

final as (
    select
        r.year,
        r.reporter_iso3,
        r.partner_iso3,
        r.source,
        r.exports_usd,
        r.imports_usd,
        r.exports_usd - r.imports_usd as balance_usd,
        m.source as mirror_source,
        m.imports_usd as mirror_imports_usd,   -- partner's imports from the reporter
        m.exports_usd as mirror_exports_usd,   -- partner's exports to the reporter
        round(100 * (r.exports_usd / nullif(m.imports_usd, 0) - 1), 2) as export_asymmetry_pct,
        round(100 * (r.imports_usd / nullif(m.exports_usd, 0) - 1), 2) as import_asymmetry_pct
    from reported r
    left join reported m
        on m.reporter_iso3 = r.partner_iso3
        and m.partner_iso3 = r.reporter_iso3
        and m.year = r.year
)

select * from final
