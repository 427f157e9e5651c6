-- Claims: the trade-source preference (data/reference/source_preference.csv), rebuilt on every run like the
-- other reference tables. One row per reporter (or '*') and source pattern; the lowest rank wins.
create table if not exists source_preference (
    reporter_iso3   varchar not null,   -- ISO3 of the reporter, or '*' for any reporter
    source_pattern  varchar not null,   -- SQL ILIKE pattern matched against trade_flow.source
    rank            integer not null,   -- lower is preferred; unmatched sources rank 100
    label           varchar not null,   -- short source name shown in evidence
    why             varchar
);
