-- Where does the attached lake keep its Parquet files? The data path stored in its catalog (none: not set).
with metadata as (
    select key, value from __ducklake_metadata_lake.ducklake_metadata
),

final as (
    select value as data_path from metadata where key = 'data_path'
)

select * from final
