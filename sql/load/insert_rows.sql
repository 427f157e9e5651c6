-- Bookkeeping rows (load_audit, quarantine, validation_result) as built in Python.
insert into {table} by name select * from rows_to_insert
