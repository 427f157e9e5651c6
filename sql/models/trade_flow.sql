-- trade_flow: every trade figure with its provenance, the table users query (README, claim_check, ...).
-- Stored as slim fact rows plus one trade_flow_origin row per provenance (and per month, flow, hs_level and
-- quantity_unit, which a file nearly always holds one value of) of a load (sql/schema/006, 008); the fact rows
-- hold reporter_iso3, partner_iso3 and hs_code as numbers computed from the text (sql/schema/009), turned back
-- into the same text here. The columns, their order and types are those of the trade_flow table before the split.
with facts as (
    select * from trade_flow_fact
),

origins as (
    select * from trade_flow_origin
),

final as (
    select
        o.source,
        chr(65 + f.reporter_code // 676) || chr(65 + f.reporter_code // 26 % 26) || chr(65 + f.reporter_code % 26)
            as reporter_iso3,
        chr(65 + f.partner_code // 676) || chr(65 + f.partner_code // 26 % 26) || chr(65 + f.partner_code % 26)
            as partner_iso3,
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
)

select * from final
