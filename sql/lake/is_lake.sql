-- Is this connection's default catalog a DuckLake? (tariffscope/lake.py attaches one as `lake` and uses it.)
select current_database() = 'lake' as is_lake
