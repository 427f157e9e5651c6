-- A changed file replaces its own earlier rows.
delete from {table} where source_file = ?
