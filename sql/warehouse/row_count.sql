-- How many rows does table (or view) {table} hold, exactly?
with rows as (
    select * from {table}
),

final as (
    select count(*) as row_count from rows
)

select * from final
