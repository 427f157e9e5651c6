-- trade_flow: every trade figure with its provenance, the table users query (README, claim_check, ...).
-- Stored as slim fact rows plus one trade_flow_origin row per provenance (and per month, flow, hs_level and
-- quantity_unit, which a file nearly always holds one value of) of a load (sql/schema/006, 008);
-- the columns and their order are those of the trade_flow table before the split.
with facts as (
    select * from trade_flow_fact
),

origins as (
    select * from trade_flow_origin
),

final as (
    select
        o.source,
        f.reporter_iso3,
        f.partner_iso3,
        f.year,
        o.month,
        o.flow,
        f.hs_code,
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
