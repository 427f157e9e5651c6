-- claim_check: every number an article states, beside the official figure it should match.
-- Tariff claims: measures with the same imposer, target (a measure without target covers all) and product
-- (HS chapters overlap via product_scope_hs; a claim without product matches all-products measures), in force
-- on the article's date (any time, if the article is undated), or announced by then when the claim is
-- announced/threatened. Same rate -> supported; same scope at another rate -> contradicted; none -> unverified.
-- Trade-value claims: TOTAL annual trade_flow rows for the two parties and year, either direction, any
-- reporter, per source; total_trade = exports + imports. The closest source is the evidence, the others are
-- listed. Within 5% -> supported. A bare "$" next to Canada or Mexico is also tried as C$ / MX$.
with articles as (
    select article_id, title, published from article
),

tariff_claims as (
    select * from article_tariff_claim
),

trade_claims as (
    select * from article_trade_claim
),

measures as (
    select * from tariff_measure
),

totals as (
    select source, reporter_iso3, partner_iso3, year, flow, value_usd
    from trade_flow
    where hs_code = 'TOTAL' and month is null
),

fx as (
    select currency, year, usd_per_unit from fx_rate
),

product_map as (
    select pattern, hs_chapters from product_scope_hs
),

-- tariff claims ------------------------------------------------------------------------------------

claim_chapters as (
    select c.article_id, c.position, list_sort(list_distinct(flatten(list(p.hs_chapters)))) as chapters
    from tariff_claims c
    join product_map p on regexp_matches(c.product, p.pattern, 'i')
    group by all
),

tariff_candidates as (
    select
        c.article_id, c.position, m.measure_id, m.measure_name, m.rate_pct, m.effective_date, m.end_date,
        m.announced_date, m.legal_authority,
        abs(m.rate_pct - c.rate_pct) as rate_gap
    from tariff_claims c
    join articles a using (article_id)
    left join claim_chapters cc using (article_id, position)
    join measures m
        on m.imposing_iso3 = c.imposer_iso3
        and (m.target_iso3 = c.target_iso3 or m.target_iso3 is null or c.target_iso3 is null)
        and (
            (c.product is null and m.all_products)
            or (c.product is not null and len(list_intersect(m.hs_chapters, coalesce(cc.chapters, []))) > 0)
        )
    where
        case
            when c.status in ('announced', 'threatened') then
                m.announced_date is null or a.published is null or m.announced_date <= a.published
            else
                m.effective_date is not null
                and (a.published is null
                     or (m.effective_date <= a.published and (m.end_date is null or m.end_date >= a.published)))
        end
),

tariff_best as (
    select *, count(*) over (partition by article_id, position) as n_candidates
    from tariff_candidates
    qualify row_number() over (partition by article_id, position order by rate_gap, effective_date desc nulls last) = 1
),

tariff_checks as (
    select
        c.article_id,
        'tariff' as claim_type,
        c.position,
        c.sentence,
        concat_ws(' ', c.imposer_iso3, '->', coalesce(c.target_iso3, 'all'), coalesce(c.product, 'all goods'),
                  c.rate_pct::varchar || '%', '(' || c.status || ')') as claim,
        c.rate_pct as claimed_value,
        '%' as claimed_unit,
        case when b.measure_id is null then 'unverified'
             when b.rate_gap = 0 then 'supported'
             else 'contradicted' end as verdict,
        case when b.measure_id is null then null
             else round(100 * (c.rate_pct - b.rate_pct) / nullif(b.rate_pct, 0), 2) end as gap_pct,
        b.rate_pct as evidence_value,
        case when b.measure_id is null then null
             else b.measure_name || ' (' || coalesce('in force from ' || b.effective_date::varchar, 'announced ' || b.announced_date::varchar, 'not in force')
                  || coalesce(' to ' || b.end_date::varchar, '') || ')' end as evidence,
        'tariff_measure ' || b.measure_id as evidence_source,
        b.n_candidates - 1 as other_evidence_count,
        case when b.measure_id is null
             then 'no ' || case when c.status in ('announced', 'threatened') then 'announced' else 'in-force' end
                  || ' measure with this imposer, target and product in tariff_measure'
             when b.rate_gap > 0 then 'closest measure in force has rate ' || b.rate_pct::varchar || '%'
             end as explanation
    from tariff_claims c
    left join tariff_best b using (article_id, position)
),

-- trade-value claims -------------------------------------------------------------------------------

pair_totals as (  -- one row per claim, source and reporter: the figures a claim can be compared with
    select
        c.article_id, c.position, t.source, t.reporter_iso3, t.partner_iso3,
        sum(t.value_usd) filter (where t.flow = 'export') as exports_usd,
        sum(t.value_usd) filter (where t.flow = 'import') as imports_usd
    from trade_claims c
    join totals t
        on t.year = c.year
        and ((t.reporter_iso3 = c.party_a_iso3 and t.partner_iso3 = c.party_b_iso3)
          or (t.reporter_iso3 = c.party_b_iso3 and t.partner_iso3 = c.party_a_iso3))
    group by all
),

trade_evidence as (
    select
        p.*,
        case c.kind
            when 'total_trade' then p.exports_usd + p.imports_usd
            when 'exports' then case when p.reporter_iso3 = c.party_a_iso3 then p.exports_usd else p.imports_usd end
            when 'imports' then case when p.reporter_iso3 = c.party_a_iso3 then p.imports_usd else p.exports_usd end
            when 'trade_deficit' then abs(p.imports_usd - p.exports_usd)
            when 'trade_surplus' then abs(p.exports_usd - p.imports_usd)
        end as official_usd,
        c.value * coalesce(fx.usd_per_unit, case when coalesce(c.currency, 'USD') = 'USD' then 1 end) as claimed_usd
    from pair_totals p
    join trade_claims c using (article_id, position)
    left join fx on fx.currency = coalesce(c.currency, 'USD') and fx.year = c.year
),

trade_ranked as (
    select
        *,
        100 * (claimed_usd / nullif(official_usd, 0) - 1) as gap,
        string_agg(reporter_iso3 || '-reported ' || source || ': US$' || round(official_usd / 1e9, 2)::varchar || 'B', '; ')
            over (partition by article_id, position) as all_evidence
    from trade_evidence
    where official_usd is not null
),

trade_best as (
    select * from trade_ranked
    qualify row_number() over (partition by article_id, position order by abs(gap) nulls last) = 1
),

currency_alternative as (  -- a bare "$" amount about Canada or Mexico read as C$ / MX$
    select
        b.article_id, b.position, fx.currency,
        c.value * fx.usd_per_unit as alt_usd,
        100 * (c.value * fx.usd_per_unit / b.official_usd - 1) as alt_gap
    from trade_best b
    join trade_claims c using (article_id, position)
    join fx on fx.year = c.year
        and fx.currency = case when 'CAN' in (c.party_a_iso3, c.party_b_iso3) then 'CAD'
                               when 'MEX' in (c.party_a_iso3, c.party_b_iso3) then 'MXN' end
    where coalesce(c.currency, 'USD') = 'USD'
),

trade_checks as (
    select
        c.article_id,
        'trade_value' as claim_type,
        c.position,
        c.sentence,
        concat_ws(' ', c.party_a_iso3, '-', c.party_b_iso3, c.kind, c.year::varchar,
                  coalesce(c.currency, '$') || ' ' || round(c.value / 1e9, 2)::varchar || 'B') as claim,
        c.value as claimed_value,
        coalesce(c.currency, 'USD') as claimed_unit,
        case when b.article_id is null then 'unverified'
             when abs(b.gap) <= 5 then 'supported'
             else 'contradicted' end as verdict,
        round(b.gap, 2) as gap_pct,
        b.official_usd as evidence_value,
        b.reporter_iso3 || '-reported ' || c.kind || ' ' || c.year::varchar || ': US$' || round(b.official_usd / 1e9, 2)::varchar || 'B' as evidence,
        b.source as evidence_source,
        (select count(*) from trade_ranked r where r.article_id = c.article_id and r.position = c.position) - 1 as other_evidence_count,
        case
            when b.article_id is null then
                case when c.year is null then 'claim has no year' else 'no official totals for these parties and year' end
            when abs(b.gap) > 5 and abs(alt.alt_gap) < abs(b.gap) then
                'likely ' || alt.currency || ', not USD: at the ' || c.year::varchar || ' average rate the claim is US$'
                || round(alt.alt_usd / 1e9, 1)::varchar || 'B, gap ' || round(alt.alt_gap, 1)::varchar || '% instead of '
                || round(b.gap, 1)::varchar || '%. All figures: ' || b.all_evidence
            else 'all figures: ' || b.all_evidence
        end as explanation
    from trade_claims c
    left join trade_best b using (article_id, position)
    left join currency_alternative alt using (article_id, position)
),

checks as (
    select * from tariff_checks
    union all by name
    select * from trade_checks
),

final as (
    select
        a.title,
        a.published,
        k.*
    from checks k
    join articles a using (article_id)
    order by a.published nulls last, k.article_id, k.claim_type, k.position
)

select * from final
