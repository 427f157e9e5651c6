-- Every row of table (or view) {table}, as the warehouse holds it (revalidate checks them with the suite).
with rows as (
    select * from {table}
),

final as (
    select * from rows
)

select * from final
