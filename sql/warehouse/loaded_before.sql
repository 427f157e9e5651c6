-- Was this exact file content loaded before? The _load_id of the latest successful load of content $sha256
-- by reader version $reader_version, under the name $source_file, into $table_name, in format
-- $source_format (each of these three may be null: any). None: the file is new (or changed) to the warehouse.
with audit as (
    select * from load_audit
),

matching as (
    select _load_id, finished_at
    from audit
    where sha256 = $sha256
      and status = 'loaded'
      and reader_version = $reader_version
      and ($source_file is null or source_file = $source_file)
      and ($table_name is null or table_name = $table_name)
      and ($source_format is null or source_format = $source_format)
),

final as (
    select _load_id from matching order by finished_at desc limit 1
)

select * from final
