-- DuckLake only, after a schema upgrade (re-runnable): sql/schema/008 renumbers trade_flow_origin, so the id
-- counter moves on past the largest origin id if it no longer is (it never moves back).
update id_counter
set next_id = greatest(next_id, (select coalesce(max(origin_id), 0) + 1 from trade_flow_origin))
where name = 'trade_flow_origin';
