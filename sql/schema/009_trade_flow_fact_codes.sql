-- trade_flow, fact rows without text: reporter_iso3, partner_iso3 and hs_code are stored as integers computed from
-- the text itself (no lookup table, so two writers of a lake can never give one code two numbers):
--   an ISO3 code of three letters A-Z -> its place in AAA..ZZZ, (l1 - 65) * 676 + (l2 - 65) * 26 + (l3 - 65);
--   an hs_code of up to 9 digits -> the digits behind a leading 1, so its length is kept ('87' -> 187,
--   '010121' -> 1010121); 'TOTAL' -> 0.
-- The trade_flow view (sql/models/trade_flow.sql) turns them back into the same text: hs_code by expression, the
-- ISO3 codes through iso3_code (every AAA..ZZZ with its number, the same in every warehouse), so that a filter on
-- reporter_iso3 is a filter on that small table which DuckDB passes on to the fact scan as a range of numbers
-- (1M rows, `where reporter_iso3 = 'USA'`: 0.013 s CPU through the join, 0.155 s decoding every row). The suite lets only such
-- values through (reporter/partner in the country list, hs_code matching its level's regex); the loader refuses
-- any other value with its file and column rather than store it. Why: DuckDB's string compression (dictionary
-- analysis of every row group) was most of the fact insert. CPU of inserting 1M BACI rows from Arrow into a fresh
-- file (DuckDB 1.5.5): 1.60 s with the three text columns, 0.99 s with the ISO3 codes as integers, 0.53 s with
-- hs_code too. Upgrades rewrite every fact row with the new columns (a value that cannot be coded stops the
-- upgrade, which rolls back, rather than change a row).
create table trade_flow_fact_009 as
select
    origin_id,
    case when regexp_full_match(reporter_iso3, '[A-Z]{3}')
        then ((ascii(reporter_iso3[1]) - 65) * 676 + (ascii(reporter_iso3[2]) - 65) * 26 + ascii(reporter_iso3[3]) - 65)::smallint
        else error('trade_flow: reporter_iso3 ' || reporter_iso3 || ' is not three letters A-Z') end as reporter_code,
    case when regexp_full_match(partner_iso3, '[A-Z]{3}')
        then ((ascii(partner_iso3[1]) - 65) * 676 + (ascii(partner_iso3[2]) - 65) * 26 + ascii(partner_iso3[3]) - 65)::smallint
        else error('trade_flow: partner_iso3 ' || partner_iso3 || ' is not three letters A-Z') end as partner_code,
    year,
    case when hs_code = 'TOTAL' then 0
        when regexp_full_match(hs_code, '[0-9]{0,9}') then ('1' || hs_code)::integer
        else error('trade_flow: hs_code ' || hs_code || ' is neither TOTAL nor up to 9 digits') end as hs_code_id,
    value_usd,
    quantity
from trade_flow_fact;

drop table trade_flow_fact;

create table trade_flow_fact (
    origin_id      integer not null,   -- trade_flow_origin.origin_id
    reporter_code  smallint not null,  -- reporter_iso3 as a number (above; the view gives the text)
    partner_code   smallint not null,  -- partner_iso3 likewise; WLD = world
    year           smallint not null,
    hs_code_id     integer not null,   -- hs_code as a number: 0 = 'TOTAL', else the digits behind a leading 1
    value_usd      double,
    quantity       double
);

insert into trade_flow_fact
select origin_id, reporter_code, partner_code, year, hs_code_id, value_usd, quantity
from trade_flow_fact_009;

drop table trade_flow_fact_009;

create table iso3_code (
    iso3_code  smallint not null,   -- (l1 - 65) * 676 + (l2 - 65) * 26 + (l3 - 65)
    iso3       varchar not null
);

insert into iso3_code
select i::smallint, chr((65 + i // 676)::integer) || chr((65 + i // 26 % 26)::integer) || chr((65 + i % 26)::integer)
from range(17576) codes(i);
