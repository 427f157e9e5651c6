-- Which schema version does this warehouse have? The highest script number applied (0: a new warehouse).
with applied as (
    select version from schema_version
),

final as (
    select coalesce(max(version), 0) as version from applied
)

select * from final
