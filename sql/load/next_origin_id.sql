-- The first free origin id of a split table's origin dimension {origin} (a DuckDB file: one writer at a time;
-- a lake takes ids from sql/lake's counter instead).
select coalesce(max(origin_id), 0) + 1 as next_origin_id from {origin}
