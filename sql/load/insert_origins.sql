-- One row per provenance of the staged file: its origin id is the base id (parameter 1) plus its position.
insert into {origin} by name
select * exclude (_origin), (? + _origin)::integer as origin_id, ? as source_file, ? as _load_id
from origins
