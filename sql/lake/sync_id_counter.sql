-- After rows were copied into a lake (tariffscope migrate): the counter continues after the largest id.
update id_counter
set next_id = (select coalesce(max(origin_id), 0) + 1 from trade_flow_origin)
where name = 'trade_flow_origin';
