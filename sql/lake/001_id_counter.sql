-- DuckLake only (applied after sql/schema/ on a lake; tariffscope/lake.py). DuckLake has no sequences and lets
-- concurrent transactions insert into one table without conflict, so max(origin_id) + 1 could hand two
-- concurrent loads the same trade_flow_origin ids. A load on a lake takes its ids from this one row instead:
-- two loads updating it at once conflict, and the one that loses is retried (tariffscope/warehouse.py).
create table if not exists id_counter (
    name     varchar not null,   -- the table whose ids it hands out
    next_id  bigint not null     -- the next free id
);

insert into id_counter
select 'trade_flow_origin', coalesce(max(origin_id), 0) + 1 from trade_flow_origin
where not exists (select 1 from id_counter where name = 'trade_flow_origin');
