-- trade_flow: every trade figure with its provenance, the table users query (README, claim_check, ...).
-- Stored as slim fact rows plus one trade_flow_origin row per provenance (and per month, flow, hs_level and
-- quantity_unit, which a file nearly always holds one value of) of a load (sql/schema/006, 008); the fact rows
-- hold reporter_iso3, partner_iso3 and hs_code as numbers computed from the text (sql/schema/009), turned back
-- into the same text here (the ISO3 codes through iso3_code, so a filter on them reaches the fact scan). The columns, their order and types are those of the trade_flow table before the split.
with facts as (
    select * from trade_flow_fact
),

origins as (
    select * from trade_flow_origin
),

iso3_codes as (
    select * from iso3_code
),

final as (
    select
        o.source,
        r.iso3 as reporter_iso3,
        p.iso3 as partner_iso3,
        f.year,
        o.month,
        o.flow,
        case when f.hs_code_id = 0 then 'TOTAL' else (f.hs_code_id::varchar)[2:] end as hs_code,
        o.hs_level,
        f.value_usd,
        f.quantity,
        o.quantity_unit,
        o.source_ref,
        o.notes,
        o.source_file,
        o._load_id
    from facts f
    join origins o using (origin_id)
    join iso3_codes r on r.iso3_code = f.reporter_code
    join iso3_codes p on p.iso3_code = f.partner_code
)

select * from final
