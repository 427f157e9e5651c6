-- A dimension (country, product, ...) is replaced whole by its reference file.
delete from {table}
