-- ... and then the file's origins themselves.
delete from {origin} where source_file = ?
