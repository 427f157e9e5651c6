-- A changed file replaces its own earlier rows: the fact rows ({fact}) of every origin the file ({origin}) gave.
delete from {fact} where origin_id in (select origin_id from {origin} where source_file = ?)
