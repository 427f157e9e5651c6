-- Trade flows and tariff measures. No PRIMARY KEY on purpose: keys are enforced by the
-- expectation suites before load (a key constraint makes bulk loads 11-22x slower in DuckDB 2.0).
create table if not exists trade_flow (
    source         varchar not null,   -- publisher, e.g. 'US Census Bureau ...', 'CEPII BACI'
    reporter_iso3  varchar not null,
    partner_iso3   varchar not null,   -- WLD = world
    year           smallint not null,
    month          smallint,           -- null for annual rows
    flow           varchar not null,   -- export | import | re_export | re_import
    hs_code        varchar not null,   -- 'TOTAL' or 2/4/6 digits as text
    hs_level       smallint not null,  -- 0 (TOTAL), 2, 4 or 6
    value_usd      double,
    quantity       double,
    quantity_unit  varchar,
    source_ref     varchar,            -- where the publisher's figure came from (URL or path)
    notes          varchar,
    source_file    varchar not null,
    _load_id       varchar not null
);

create table if not exists tariff_measure (
    measure_id       varchar not null,   -- stable hash of imposer, target, scope, rate, dates
    imposing_iso3    varchar not null,
    target_iso3      varchar,            -- null = all partners
    product_scope    varchar not null,
    hs_codes         varchar,            -- as published: HTS headings/subheadings, '; '-separated
    rate_pct         double,
    measure_name     varchar,
    legal_authority  varchar,
    announced_date   date,
    effective_date   date,               -- null = announced only, never implemented
    end_date         date,               -- last day the rate applied (inclusive); null = open
    usmca_exempt     varchar,            -- yes | no | partial
    source           varchar,
    source_url       varchar,
    hs_chapters      varchar[],          -- HS chapters covered, derived from hs_codes or product_scope
    all_products     boolean,            -- no product limit: covers the TOTAL of the target's trade
    source_file      varchar not null,
    _load_id         varchar not null
);
