-- `tariffscope export`: every row of table (or view) {relation} into the Parquet file ? (zstd).
copy (select * from {relation}) to ? (format parquet, compression zstd)
