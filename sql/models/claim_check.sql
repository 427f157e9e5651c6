-- claim_check: every number an article states, beside the official figure it should match.
-- verdict: supported | contradicted | unverified; reason (closed set, filter on it):
--   tariff claims:      match, measure_later, rate_differs, measure_in_force, measure_ended, not_in_force,
--                       measure_not_found, parties_uncertain
--   trade-value claims: match, value_differs, currency_mixup, currency_unknown, year_unknown, parties_uncertain,
--                       product_scope, no_data, not_comparable
-- Tariff claims are judged at the article's `published` date P against measures with the same imposer, target
-- (a measure without target covers all) and product (HS chapters overlap via product_scope_hs; no product = an
-- all-products measure or one whose scope maps to no chapter). A measure is in force at P, later (in force
-- within 90 days after P), ended (before P) or announced only (never in force); one taking effect more than 90
-- days after P is no evidence. The claim's status picks what counts (tariff_rules below). An undated article is
-- compared with every measure ever in force. Only an in-force (or paused/lifted) claim is contradicted, and a
-- global claim (no target) never by one country's measure; a differing announced/threatened rate is unverified.
-- Trade-value claims are compared in USD: the claim converted at the claim year's annual rate (fx_rate); a bare
-- "$" is US dollars; an amount with no currency and no "$", or with no rate for its year -> currency_unknown.
-- The evidence is the reporter's own figure first (reporter = the claim's first party), the partner's mirror
-- figure second, each from the reporter's preferred source (trade_source_rank). Tolerance: 5% against the own
-- figure, 15% against a mirror (5% + 10% for CIF/FOB valuation, timing and origin attribution). A bare-"$"
-- amount about Canada or Mexico that is off is also tried as C$ / MX$, named only when that is within tolerance.
-- Exports/imports of a product the sentence names (product_scope_hs, e.g. "vehicles" -> HS 87) that do not match
-- the total are compared with those HS chapters' figures: supported when within tolerance, else unverified
-- (product_scope: whole chapters are broader than the product) - never contradicted on a chapter figure.
-- A figure more than 50% off is unverified (parties_uncertain): it is likely another pair, product or period.
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

chapters as (
    select source, reporter_iso3, partner_iso3, year, flow, hs_code, value_usd
    from trade_flow
    where hs_level = 2 and month is null
),

fx as (
    select currency, year, usd_per_unit from fx_rate
),

product_map as (
    select pattern, hs_chapters from product_scope_hs
),

source_rank as (
    select reporter_iso3, source, source_rank, source_label from trade_source_rank
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
        c.article_id, c.position, c.status as claim_status, a.published,
        m.measure_id, m.measure_name, m.rate_pct, m.effective_date, m.end_date, m.announced_date,
        abs(m.rate_pct - c.rate_pct) < 1e-9 as same_rate,
        abs(m.rate_pct - c.rate_pct) as rate_gap,
        c.target_iso3 is not null or m.target_iso3 is null as can_contradict,  -- a global claim is not contradicted by one country's measure
        case
            when m.effective_date is null then 'announced_only'
            when a.published is null then 'in_force'
            when m.effective_date > a.published + interval 90 days then 'future'
            when m.effective_date > a.published then 'later'
            when m.end_date < a.published then 'ended'
            else 'in_force'
        end as phase
    from tariff_claims c
    join articles a using (article_id)
    left join claim_chapters cc using (article_id, position)
    join measures m
        on m.imposing_iso3 = c.imposer_iso3
        and (m.target_iso3 = c.target_iso3 or m.target_iso3 is null
             -- a global claim about a product (Section 232: one row per country) may be backed by a country's row;
             -- a global all-goods claim (a "baseline" rate) only by a global measure
             or (c.target_iso3 is null and c.product is not null))
        and (
            (c.product is null and (m.all_products or len(m.hs_chapters) = 0))
            or (c.product is not null and len(list_intersect(m.hs_chapters, coalesce(cc.chapters, []))) > 0)
        )
),

tariff_rules as (  -- per candidate: what it says about the claim, and how strongly (priority 1 = decisive)
    select
        *,
        case
            when claim_status in ('announced', 'threatened') then
                case when same_rate and (announced_date is null or published is null or announced_date <= published)
                         then {'p': 1, 'v': 'supported', 'r': 'match'}
                     when same_rate and announced_date <= published + interval 90 days
                         then {'p': 2, 'v': 'supported', 'r': 'measure_later'}
                end
            when claim_status = 'paused' then
                case when same_rate and phase = 'in_force' and can_contradict then {'p': 1, 'v': 'contradicted', 'r': 'measure_in_force'}
                     when same_rate and phase in ('announced_only', 'later', 'ended') then {'p': 2, 'v': 'supported', 'r': 'match'}
                end
            when claim_status = 'lifted' then
                case when same_rate and phase = 'in_force' and end_date <= published + interval 90 days
                         then {'p': 1, 'v': 'supported', 'r': 'measure_later'}
                     when same_rate and phase = 'in_force' and can_contradict then {'p': 1, 'v': 'contradicted', 'r': 'measure_in_force'}
                     when same_rate and phase = 'ended' then {'p': 2, 'v': 'supported', 'r': 'match'}
                     when same_rate and phase in ('announced_only', 'later') then {'p': 5, 'v': 'unverified', 'r': 'not_in_force'}
                end
            else  -- in_force (or any other status)
                case when same_rate and phase = 'in_force' then {'p': 1, 'v': 'supported', 'r': 'match'}
                     when same_rate and phase = 'later' then {'p': 2, 'v': 'supported', 'r': 'measure_later'}
                     when phase = 'in_force' and can_contradict then {'p': 3, 'v': 'contradicted', 'r': 'rate_differs'}
                     when same_rate and phase = 'ended' then {'p': 4, 'v': 'unverified', 'r': 'measure_ended'}
                     when same_rate and phase = 'announced_only'
                          and (announced_date is null or published is null or announced_date <= published + interval 90 days)
                         then {'p': 5, 'v': 'unverified', 'r': 'not_in_force'}
                end
        end as rule
    from tariff_candidates
),

tariff_best as (
    select
        *,
        rule.p as priority, rule.v as verdict, rule.r as reason,
        count(*) over (partition by article_id, position) as n_candidates
    from tariff_rules
    where rule is not null
    qualify row_number() over (partition by article_id, position
                               order by rule.p, rate_gap, effective_date desc nulls last) = 1
),

tariff_closest as (  -- the nearest measure when none decides, named in the explanation
    select article_id, position, measure_name, rate_pct, phase
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
        cast(null as double) as claimed_usd,
        coalesce(b.verdict, 'unverified') as verdict,
        case when c.imposer_iso3 is null then 'parties_uncertain' else coalesce(b.reason, 'measure_not_found') end as reason,
        case when b.measure_id is not null
             then round(100 * (c.rate_pct - b.rate_pct) / nullif(b.rate_pct, 0), 2) end as gap_pct,
        b.rate_pct as evidence_value,
        case when b.measure_id is not null then b.measure_name || ' (' || case b.phase
            when 'in_force' then 'in force from ' || b.effective_date::varchar || coalesce(' to ' || b.end_date::varchar, '')
            when 'later' then coalesce('announced ' || b.announced_date::varchar || '; ', '') || 'in force from ' || b.effective_date::varchar
            when 'ended' then 'in force ' || b.effective_date::varchar || ' to ' || b.end_date::varchar
            else coalesce('announced ' || b.announced_date::varchar || '; ', '') || 'never in force' end
            || ')' end as evidence,
        'tariff_measure ' || b.measure_id as evidence_source,
        coalesce(b.n_candidates - 1, 0) as other_evidence_count,
        case
            when c.imposer_iso3 is null then 'the article does not say who imposes the tariff'
            when b.measure_id is null then
                'no ' || case when c.status in ('announced', 'threatened') then 'announced' else c.status end
                || ' measure with this imposer, target, product and rate in tariff_measure'
                || coalesce('; closest: ' || t.measure_name || ' at ' || t.rate_pct::varchar || '% (' || replace(t.phase, '_', ' ') || ')', '')
            when b.reason = 'measure_later' and c.status = 'lifted' then
                'in force until ' || b.end_date::varchar || ': lifted after the article (' || b.published::varchar || ')'
            when b.reason = 'measure_later' then
                'announced ' || coalesce(b.announced_date::varchar, '(date unknown)')
                || coalesce('; in force from ' || b.effective_date::varchar, '; never in force')
                || ', after the article (' || b.published::varchar || ')'
            when b.reason = 'measure_ended' then
                'was in force until ' || b.end_date::varchar || ', before the article (' || b.published::varchar || ')'
            when b.reason = 'rate_differs' then
                'the closest ' || replace(b.phase, '_', ' ') || ' measure has rate ' || b.rate_pct::varchar || '%'
            when b.reason = 'measure_in_force' then
                'a ' || b.rate_pct::varchar || '% measure was in force on ' || coalesce(b.published::varchar, 'the article date')
            when b.reason = 'not_in_force' then
                coalesce('announced ' || b.announced_date::varchar || ', ', '') || 'never in force'
                || coalesce(' before ' || b.effective_date::varchar, '')
            when b.phase = 'later' then 'announced; in force from ' || b.effective_date::varchar
            when b.phase = 'ended' then 'was in force until ' || b.end_date::varchar
        end as explanation
    from tariff_claims c
    left join tariff_best b using (article_id, position)
    left join tariff_closest t using (article_id, position)
),

-- trade-value claims -------------------------------------------------------------------------------

trade_prepared as (  -- the claim's currency (a bare "$" is USD) and its value in USD at the claim year's rate
    select
        c.*,
        coalesce(c.currency, case when regexp_matches(c.sentence, '\$|dollar', 'i') then 'USD' end) as claim_currency,
        c.currency is null or (c.currency = 'USD' and not regexp_matches(c.sentence, 'US ?\$|U\.S\. ?\$|U\.S\. dollar|US dollar|USD')) as bare_dollar,
        c.value * case when coalesce(c.currency, case when regexp_matches(c.sentence, '\$|dollar', 'i') then 'USD' end) = 'USD'
                       then 1.0 else fx.usd_per_unit end as claimed_usd,
        case
            when c.party_a_iso3 is null or c.party_b_iso3 is null or c.party_a_iso3 = c.party_b_iso3 then 'parties_uncertain'
            when c.year is null then 'year_unknown'
            when c.kind not in ('total_trade', 'exports', 'imports', 'trade_deficit', 'trade_surplus') then 'not_comparable'
        end as precheck
    from trade_claims c
    left join fx on fx.currency = c.currency and fx.year = c.year
),

claim_products as (  -- products a trade sentence names (product_scope_hs), as HS chapters
    select c.article_id, c.position,
           list_sort(list_distinct(flatten(list(p.hs_chapters)))) as chapters
    from trade_prepared c
    join product_map p on regexp_matches(c.sentence, p.pattern, 'i')
    where c.kind in ('exports', 'imports')
    group by all
),

pair_figures as (  -- one row per claim, scope, reporter and source: the figures a claim can be compared with
    select
        c.article_id, c.position, 'total' as scope, cast(null as varchar[]) as chapters,
        t.source, t.reporter_iso3, t.partner_iso3,
        sum(t.value_usd) filter (where t.flow = 'export') as exports_usd,
        sum(t.value_usd) filter (where t.flow = 'import') as imports_usd
    from trade_prepared c
    join totals t
        on t.year = c.year
        and ((t.reporter_iso3 = c.party_a_iso3 and t.partner_iso3 = c.party_b_iso3)
          or (t.reporter_iso3 = c.party_b_iso3 and t.partner_iso3 = c.party_a_iso3))
    where c.precheck is null and c.claimed_usd is not null
    group by all
    union all by name
    select
        c.article_id, c.position, 'chapters' as scope, cp.chapters,
        t.source, t.reporter_iso3, t.partner_iso3,
        sum(t.value_usd) filter (where t.flow = 'export') as exports_usd,
        sum(t.value_usd) filter (where t.flow = 'import') as imports_usd
    from trade_prepared c
    join claim_products cp using (article_id, position)
    join chapters t
        on t.year = c.year
        and list_contains(cp.chapters, t.hs_code)
        and ((t.reporter_iso3 = c.party_a_iso3 and t.partner_iso3 = c.party_b_iso3)
          or (t.reporter_iso3 = c.party_b_iso3 and t.partner_iso3 = c.party_a_iso3))
    where c.precheck is null and c.claimed_usd is not null
    group by all
),

trade_evidence as (
    select
        p.*,
        p.reporter_iso3 = c.party_b_iso3 as mirror,
        case when p.reporter_iso3 = c.party_b_iso3 then 15 else 5 end as tolerance_pct,
        coalesce(r.source_rank, 100) as source_rank,
        coalesce(r.source_label, p.source) as source_label,
        case c.kind
            when 'total_trade' then p.exports_usd + p.imports_usd
            when 'exports' then case when p.reporter_iso3 = c.party_a_iso3 then p.exports_usd else p.imports_usd end
            when 'imports' then case when p.reporter_iso3 = c.party_a_iso3 then p.imports_usd else p.exports_usd end
            else abs(p.imports_usd - p.exports_usd)
        end as official_usd,
        case c.kind
            when 'total_trade' then 'total trade with '
            when 'exports' then case when p.reporter_iso3 = c.party_a_iso3 then 'exports to ' else 'imports from ' end
            when 'imports' then case when p.reporter_iso3 = c.party_a_iso3 then 'imports from ' else 'exports to ' end
            else 'trade balance with '
        end || p.partner_iso3
        || coalesce(' of HS ' || array_to_string(p.chapters, ', '), '')
        || case when p.reporter_iso3 = c.party_b_iso3
                then ' (mirror of ' || c.party_a_iso3 || ' ' || replace(c.kind, '_', ' ') || ')' else '' end as flow_text,
        c.year
    from pair_figures p
    join trade_prepared c using (article_id, position)
    left join source_rank r on r.reporter_iso3 = p.reporter_iso3 and r.source = p.source
),

trade_ranked as (
    select
        e.*,
        e.reporter_iso3 || '-reported ' || e.flow_text || ', ' || e.source_label || ' ' || e.year::varchar
            || ': US$' || round(e.official_usd / 1e9, 2)::varchar || 'B' as evidence_text,
        row_number() over (partition by article_id, position, scope order by mirror, source_rank, source) as pick,
        count(*) over (partition by article_id, position) as n_figures
    from trade_evidence e
    where official_usd is not null
),

trade_best as (  -- per claim and scope (total, chapters): the own figure first, then the mirror
    select
        b.*,
        100 * (c.claimed_usd / nullif(b.official_usd, 0) - 1) as gap,
        (select string_agg(r.evidence_text, '; ' order by r.scope desc, r.pick) from trade_ranked r
         where r.article_id = b.article_id and r.position = b.position) as all_evidence
    from trade_ranked b
    join trade_prepared c using (article_id, position)
    where b.pick = 1
),

total_best as (
    select * from trade_best where scope = 'total'
),

product_best as (
    select * from trade_best where scope = 'chapters'
),

currency_alternative as (  -- a bare "$" amount about Canada or Mexico read as C$ / MX$
    select
        b.article_id, b.position, fx.currency,
        c.value * fx.usd_per_unit as alt_usd,
        100 * (c.value * fx.usd_per_unit / b.official_usd - 1) as alt_gap
    from total_best b
    join trade_prepared c using (article_id, position)
    join fx on fx.year = c.year
        and fx.currency = case when 'CAN' in (c.party_a_iso3, c.party_b_iso3) then 'CAD'
                               when 'MEX' in (c.party_a_iso3, c.party_b_iso3) then 'MXN' end
    where c.bare_dollar and c.claim_currency = 'USD'
),

trade_judged as (  -- the reason, and which figure (total or the named products' chapters) is the evidence
    select
        c.article_id, c.position,
        case
            when c.precheck is not null then c.precheck
            when c.claimed_usd is null then 'currency_unknown'
            when abs(t.gap) <= t.tolerance_pct then 'match'
            when abs(pr.gap) <= pr.tolerance_pct then 'match'
            when abs(alt.alt_gap) <= t.tolerance_pct then 'currency_mixup'
            when cp.article_id is not null then 'product_scope'
            when t.article_id is null then 'no_data'
            when abs(t.gap) > 50 then 'parties_uncertain'
            else 'value_differs'
        end as reason,
        case when abs(t.gap) <= t.tolerance_pct then 'total'
             when pr.article_id is not null and (abs(pr.gap) <= pr.tolerance_pct or cp.article_id is not null) then 'chapters'
             else 'total' end as evidence_scope
    from trade_prepared c
    left join total_best t using (article_id, position)
    left join product_best pr using (article_id, position)
    left join claim_products cp using (article_id, position)
    left join currency_alternative alt using (article_id, position)
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
        coalesce(c.claim_currency, 'unknown') as claimed_unit,
        c.claimed_usd,
        case when j.reason = 'match' then 'supported'
             when j.reason in ('value_differs', 'currency_mixup') then 'contradicted'
             else 'unverified' end as verdict,
        j.reason,
        case when j.reason in ('match', 'value_differs', 'currency_mixup', 'parties_uncertain', 'product_scope')
             then round(b.gap, 2) end as gap_pct,
        b.official_usd as evidence_value,
        b.evidence_text as evidence,
        b.source as evidence_source,
        coalesce(b.n_figures - 1, 0) as other_evidence_count,
        case j.reason
            when 'parties_uncertain' then
                case when b.article_id is null then 'the claim does not name two different parties'
                     else 'the figure is ' || round(abs(b.gap))::varchar || '% ' || case when b.gap < 0 then 'below' else 'above' end
                          || ' the ' || c.party_a_iso3 || '-' || c.party_b_iso3 || ' figure: likely another pair, a product or a '
                          || 'part of the year, not compared. All figures: ' || b.all_evidence end
            when 'product_scope' then
                'the sentence names a product (HS ' || array_to_string(cp.chapters, ', ') || '): '
                || case when b.scope = 'chapters'
                        then 'whole HS chapters are broader than the product and the figure is ' || round(abs(b.gap))::varchar
                             || '% ' || case when b.gap < 0 then 'below' else 'above' end || ' them, not compared. '
                        else 'no figures by chapter for this pair and year, not compared with the total. ' end
                || coalesce('All figures: ' || b.all_evidence, '')
            when 'year_unknown' then 'claim has no year'
            when 'not_comparable' then replace(c.kind, '_', ' ') || ' is not a bilateral trade total: not compared'
            when 'currency_unknown' then
                case when c.claim_currency is null then 'the amount has no currency (no "$"): not compared as dollars'
                     else 'no ' || c.claim_currency || ' rate for ' || c.year::varchar || ' in fx_rate: not compared' end
            when 'no_data' then 'no official totals for ' || c.party_a_iso3 || '-' || c.party_b_iso3 || ' in ' || c.year::varchar
            when 'currency_mixup' then
                'likely ' || alt.currency || ', not USD: at the ' || c.year::varchar || ' average rate the claim is US$'
                || round(alt.alt_usd / 1e9, 1)::varchar || 'B, gap ' || round(alt.alt_gap, 1)::varchar || '% (within the '
                || b.tolerance_pct::varchar || '% tolerance' || case when b.mirror then ' for a mirror figure' else '' end
                || ') instead of ' || round(b.gap, 1)::varchar || '%. All figures: ' || b.all_evidence
            else
                case when c.claim_currency <> 'USD'
                     then c.claim_currency || ' ' || round(c.value / 1e9, 2)::varchar || 'B at the ' || c.year::varchar
                          || ' average rate is US$' || round(c.claimed_usd / 1e9, 2)::varchar || 'B. ' else '' end
                || case when b.scope = 'chapters'
                        then 'the total does not match; the named product''s HS chapters do. ' else '' end
                || case when b.mirror
                        then 'no ' || c.party_a_iso3 || '-reported figure: compared with the partner''s mirror figure, tolerance 15% '
                             || '(5% + 10% for CIF/FOB valuation, timing and origin attribution). '
                        else 'compared with the reporter''s own figure, tolerance 5%. ' end
                || 'All figures: ' || b.all_evidence
        end as explanation
    from trade_prepared c
    join trade_judged j using (article_id, position)
    left join trade_best b on b.article_id = c.article_id and b.position = c.position and b.scope = j.evidence_scope
    left join claim_products cp on cp.article_id = c.article_id and cp.position = c.position
    left join currency_alternative alt on alt.article_id = c.article_id and alt.position = c.position
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
        k.article_id,
        k.claim_type,
        k.position,
        k.sentence,
        k.claim,
        k.claimed_value,
        k.claimed_unit,
        k.claimed_usd,
        k.verdict,
        k.reason,
        k.gap_pct,
        k.evidence_value,
        k.evidence,
        k.evidence_source,
        k.other_evidence_count,
        k.explanation
    from checks k
    join articles a using (article_id)
    order by a.published nulls last, k.article_id, k.claim_type, k.position
)

select * from final
