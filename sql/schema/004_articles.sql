-- News articles and the facts extracted from them. Spans are [start, end) character offsets
-- into article.body (the normalized text), so every claim points back at its sentence.
create table if not exists article (
    article_id    varchar not null,   -- sha256 of the normalized body
    title         varchar,
    published     date,
    url           varchar,
    source_file   varchar not null,
    n_paragraphs  integer not null,
    body          varchar not null,
    _load_id      varchar not null
);

create table if not exists article_tariff_claim (
    article_id     varchar not null,
    position       integer not null,   -- 0-based order in the article
    imposer_iso3   varchar,
    target_iso3    varchar,            -- null = global
    product        varchar,            -- null = all goods
    rate_pct       double not null,
    status         varchar not null,   -- in_force | announced | threatened | paused | lifted
    sentence       varchar not null,
    span_start     integer not null,
    span_end       integer not null,
    _load_id       varchar not null
);

create table if not exists article_trade_claim (
    article_id     varchar not null,
    position       integer not null,
    party_a_iso3   varchar,
    party_b_iso3   varchar,
    year           smallint,
    value          double not null,
    currency       varchar,            -- USD | CAD | MXN | null
    kind           varchar not null,   -- total_trade | exports | imports | trade_deficit | trade_surplus | countermeasure_coverage | other
    sentence       varchar not null,
    span_start     integer not null,
    span_end       integer not null,
    _load_id       varchar not null
);

create table if not exists article_quote (
    article_id   varchar not null,
    position     integer not null,
    speaker      varchar not null,
    text         varchar not null,
    span_start   integer not null,
    span_end     integer not null,
    _load_id     varchar not null
);

create table if not exists article_person (
    article_id    varchar not null,
    position      integer not null,
    name          varchar not null,
    role          varchar,
    country_iso3  varchar,
    _load_id      varchar not null
);

create table if not exists article_country (
    article_id  varchar not null,
    position    integer not null,
    iso3        varchar not null,
    _load_id    varchar not null
);
