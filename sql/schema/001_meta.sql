-- Bookkeeping: schema version, loads, validation outcomes, quarantined rows.
create table if not exists schema_version (
    version     integer not null,
    applied_at  timestamp not null default current_timestamp,
    script      varchar not null
);

create table if not exists load_audit (
    _load_id          varchar not null,   -- uuid4, also on every fact row of this load
    table_name        varchar not null,
    source_file       varchar not null,
    source_format     varchar,
    sha256            varchar,
    rows_in           bigint not null default 0,
    rows_loaded       bigint not null default 0,
    rows_quarantined  bigint not null default 0,
    rows_filtered     bigint not null default 0,
    status            varchar not null,   -- loaded | unchanged | rejected | failed
    message           varchar,
    started_at        timestamp not null,
    finished_at       timestamp not null
);

create table if not exists quarantine (
    _load_id              varchar not null,
    row_number            bigint not null,   -- 1-based data row of the source file (header excluded)
    table_name            varchar not null,
    source_file           varchar not null,
    original_row          json,
    failed_expectations   varchar[] not null
);

create table if not exists validation_result (
    run_id             varchar not null,   -- the _load_id of the load, or a `tariffscope validate` run
    table_name         varchar not null,
    suite              varchar not null,
    expectation        varchar not null,   -- expectation type + its column(s)
    level              varchar not null,   -- row | table
    success            boolean not null,
    element_count      bigint,
    unexpected_count   bigint,
    unexpected_sample  varchar,
    validated_at       timestamp not null
);
