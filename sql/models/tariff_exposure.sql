-- tariff_exposure: every tariff measure sized against the imports it hits, per year and per source of
-- the trade figures (sources are never silently merged). Covered imports = the imposer's imports from the
-- target of the measure's HS chapters (an all-products measure: the TOTAL). Estimated duty = covered x rate,
-- an upper bound where USMCA-qualifying goods are exempt.
with measures as (
    select * from tariff_measure
),

imports as (
    select source, reporter_iso3, partner_iso3, year, hs_code, hs_level, value_usd
    from trade_flow
    where flow = 'import' and month is null
),

chapter_cover as (
    select
        m.measure_id, i.year, i.source,
        list_sort(list(i.hs_code)) as covered_chapters,
        sum(i.value_usd) as covered_imports_usd
    from measures m
    join imports i
        on i.reporter_iso3 = m.imposing_iso3
        and (i.partner_iso3 = m.target_iso3 or (m.target_iso3 is null and i.partner_iso3 = 'WLD'))
        and i.hs_level = 2
        and list_contains(m.hs_chapters, i.hs_code)
    where not m.all_products
    group by all
),

total_cover as (
    select m.measure_id, i.year, i.source, ['TOTAL'] as covered_chapters, i.value_usd as covered_imports_usd
    from measures m
    join imports i
        on i.reporter_iso3 = m.imposing_iso3
        and (i.partner_iso3 = m.target_iso3 or (m.target_iso3 is null and i.partner_iso3 = 'WLD'))
        and i.hs_code = 'TOTAL'
    where m.all_products
),

cover as (
    select * from chapter_cover
    union all
    select * from total_cover
),

final as (
    select
        m.measure_id,
        m.measure_name,
        m.imposing_iso3,
        m.target_iso3,
        m.product_scope,
        m.rate_pct,
        m.announced_date,
        m.effective_date,
        m.end_date,
        m.usmca_exempt,
        m.hs_chapters,
        c.year,
        c.source as trade_source,
        c.covered_chapters,
        c.covered_imports_usd,
        c.covered_imports_usd * m.rate_pct / 100 as estimated_duty_usd,
        case
            when c.measure_id is null and not m.all_products and len(m.hs_chapters) = 0
                then 'scope not mapped to HS chapters: cannot be sized'
            when c.measure_id is null then 'no import figures for the covered chapters'
            when m.effective_date is null then 'never in force (announced or threatened only)'
            when m.usmca_exempt in ('yes', 'partial') then 'upper bound: USMCA-qualifying goods are exempt'
            when m.all_products then 'all goods from the target: total imports'
            else 'upper bound: whole chapters, the measure may cover fewer lines'
        end as note
    from measures m
    left join cover c using (measure_id)
)

select * from final
