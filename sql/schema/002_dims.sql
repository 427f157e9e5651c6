-- Dimensions, rebuilt from the library's reference data on every run.
create table if not exists country (
    iso3           varchar not null,   -- ISO 3166-1 alpha-3; WLD = world total
    iso_numeric    varchar,            -- 3 digits, zero-padded
    comtrade_code  varchar,            -- UN Comtrade reporter/partner code where it differs, else the ISO numeric
    census_code    varchar,            -- US Census Schedule C CTY_CODE
    name           varchar not null
);

create table if not exists hs_chapter (
    code         varchar not null,     -- two digits, zero-padded
    description  varchar not null
);

create table if not exists fx_rate (
    currency      varchar not null,    -- ISO 4217
    year          smallint not null,
    usd_per_unit  double not null,     -- annual average
    source        varchar
);

create table if not exists product_scope_hs (
    keyword      varchar not null,     -- e.g. steel
    pattern      varchar not null,     -- regex matched case-insensitively against product text
    hs_chapters  varchar[] not null    -- HS chapters the word stands for
);
