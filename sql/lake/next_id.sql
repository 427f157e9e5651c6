-- The next free id of table $name on a lake (id_counter, sql/lake/001_id_counter.sql), read inside the load's
-- transaction before take_ids.sql moves it on.
with counters as (
    select name, next_id from id_counter
),

final as (
    select next_id from counters where name = $name
)

select * from final
