-- trade_flow, split for load speed: the text a whole file shares (source, source_ref, notes, source_file,
-- _load_id) is stored once per origin in trade_flow_origin; fact rows carry only its small integer key.
-- Users keep querying trade_flow: it becomes a view (sql/models/trade_flow.sql) with the same columns.
-- Measured at 10M BACI rows (2 cores): inserting from Arrow took 4.6-4.9 s with those columns on every
-- row and 1.9-2.2 s with the key in their place. Upgrades move every existing row, then drop the table.
create table if not exists trade_flow_origin (
    origin_id    integer not null,   -- unique in the warehouse; one per distinct provenance of a load
    source       varchar not null,   -- publisher, e.g. 'US Census Bureau ...', 'CEPII BACI'
    source_ref   varchar,            -- where the publisher's figure came from (URL or path)
    notes        varchar,
    source_file  varchar not null,
    _load_id     varchar not null
);

create table if not exists trade_flow_fact (
    origin_id      integer not null,   -- trade_flow_origin.origin_id
    reporter_iso3  varchar not null,
    partner_iso3   varchar not null,   -- WLD = world
    year           smallint not null,
    month          smallint,           -- null for annual rows
    flow           varchar not null,   -- export | import | re_export | re_import
    hs_code        varchar not null,   -- 'TOTAL' or 2/4/6 digits as text
    hs_level       smallint not null,  -- 0 (TOTAL), 2, 4 or 6
    value_usd      double,
    quantity       double,
    quantity_unit  varchar
);

-- rows of a warehouse built before this script: each distinct provenance becomes one origin
insert into trade_flow_origin
select
    dense_rank() over (order by source, source_ref, notes, source_file, _load_id)::integer,
    source, source_ref, notes, source_file, _load_id
from (select distinct source, source_ref, notes, source_file, _load_id from trade_flow);

insert into trade_flow_fact
select
    o.origin_id, t.reporter_iso3, t.partner_iso3, t.year, t.month, t.flow, t.hs_code, t.hs_level,
    t.value_usd, t.quantity, t.quantity_unit
from trade_flow t
join trade_flow_origin o
    on  t.source is not distinct from o.source
    and t.source_ref is not distinct from o.source_ref
    and t.notes is not distinct from o.notes
    and t.source_file is not distinct from o.source_file
    and t._load_id is not distinct from o._load_id;

drop table trade_flow;
