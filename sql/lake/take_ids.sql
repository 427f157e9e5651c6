-- Hand out ids on a lake: the counter of table $name moves on to $next_id. Two concurrent loads that both do
-- this update the same row, so DuckLake lets only one of them commit (the other is retried: tariffscope/lake.py).
update id_counter set next_id = $next_id where name = $name
