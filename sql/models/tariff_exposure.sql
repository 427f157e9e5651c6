-- tariff_exposure: every tariff measure sized against the imports it hits. One row per measure and trade year,
-- from ONE source: the imposer's preferred source (trade_source_rank, i.e. data/reference/source_preference.csv)
-- among those with figures for the covered chapters; the source is named in the row. Covered imports = the
-- imposer's imports from the target of the measure's HS chapters (an all-products measure: the TOTAL).
-- estimated_duty_usd = covered x rate: a full year of trade like `year` at the rate, an upper bound where
-- USMCA-qualifying goods are exempt. A measure in force for part of its first calendar year (in_force_year) is
-- marked partial_year with days_in_force, and prorated_duty_usd scales the duty to those days: sum prorated_duty_usd
-- (not estimated_duty_usd) over measures that replace one another on the same goods.
with measures as (
    select * from tariff_measure
),

imports as (
    select source, reporter_iso3, partner_iso3, year, hs_code, hs_level, value_usd
    from trade_flow
    where flow = 'import' and month is null
),

source_rank as (
    select reporter_iso3, source, source_rank, source_label from trade_source_rank
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
    select m.measure_id, i.year, i.source, ['TOTAL'] as covered_chapters, sum(i.value_usd) as covered_imports_usd
    from measures m
    join imports i
        on i.reporter_iso3 = m.imposing_iso3
        and (i.partner_iso3 = m.target_iso3 or (m.target_iso3 is null and i.partner_iso3 = 'WLD'))
        and i.hs_code = 'TOTAL'
    where m.all_products
    group by all
),

cover as (
    select * from chapter_cover
    union all
    select * from total_cover
),

preferred_cover as (  -- one source per measure and year: the lowest rank, then the alphabetically first name
    select
        c.*,
        r.source_label,
        count(*) over (partition by c.measure_id, c.year) - 1 as other_sources
    from cover c
    join measures m using (measure_id)
    left join source_rank r on r.reporter_iso3 = m.imposing_iso3 and r.source = c.source
    qualify row_number() over (partition by c.measure_id, c.year order by coalesce(r.source_rank, 100), c.source) = 1
),

days as (  -- days in force within the calendar year the measure took effect (end_date inclusive)
    select
        measure_id,
        year(effective_date) as in_force_year,
        datediff('day', effective_date,
                 least(coalesce(end_date, make_date(year(effective_date), 12, 31)), make_date(year(effective_date), 12, 31))) + 1
            as days_in_force,
        datediff('day', make_date(year(effective_date), 1, 1), make_date(year(effective_date), 12, 31)) + 1 as days_in_year
    from measures
    where effective_date is not null
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
        c.source_label as trade_source_label,
        c.other_sources as other_trade_sources,
        c.covered_chapters,
        c.covered_imports_usd,
        c.covered_imports_usd * m.rate_pct / 100 as estimated_duty_usd,
        d.in_force_year,
        d.days_in_force,
        d.days_in_force < d.days_in_year as partial_year,
        c.covered_imports_usd * m.rate_pct / 100 * d.days_in_force / d.days_in_year as prorated_duty_usd,
        case
            when c.measure_id is null and not m.all_products and len(m.hs_chapters) = 0
                then 'scope not mapped to HS chapters: cannot be sized'
            when c.measure_id is null then 'no import figures for the covered chapters'
            when m.effective_date is null then 'never in force (announced or threatened only): no prorated duty'
            else concat_ws('; ',
                case when d.days_in_force < d.days_in_year
                     then 'in force ' || d.days_in_force::varchar || ' of ' || d.days_in_year::varchar || ' days of '
                          || d.in_force_year::varchar || ' (' || m.effective_date::varchar || ' to '
                          || least(coalesce(m.end_date, make_date(d.in_force_year, 12, 31)), make_date(d.in_force_year, 12, 31))::varchar
                          || '): prorated_duty_usd scales the duty to those days' end,
                case when m.usmca_exempt in ('yes', 'partial') then 'upper bound: USMCA-qualifying goods are exempt'
                     when m.all_products then 'all goods from the target: total imports'
                     else 'upper bound: whole chapters, the measure may cover fewer lines' end)
        end as note
    from measures m
    left join preferred_cover c using (measure_id)
    left join days d using (measure_id)
)

select * from final
