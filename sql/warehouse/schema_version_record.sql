-- Record that schema script ? (its number, then its file name) was applied, in the script's transaction.
insert into schema_version (version, script) values (?, ?)
