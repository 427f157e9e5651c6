-- The reader's code version with every load: a file counts as unchanged only when its content, its kind
-- (table), its format and the reader code that read it are all the same as in an earlier successful load.
alter table load_audit add column if not exists reader_version varchar;
