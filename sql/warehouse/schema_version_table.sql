-- The warehouse's own bookkeeping, created before any schema script runs: which sql/schema/ scripts this
-- warehouse has applied (tariffscope/warehouse.py apply_schema runs only the newer ones).
create table if not exists schema_version (
    version     integer not null,                              -- the script's number (001_meta.sql: 1)
    applied_at  timestamp not null default current_timestamp,
    script      varchar not null                               -- the script's file name
)
