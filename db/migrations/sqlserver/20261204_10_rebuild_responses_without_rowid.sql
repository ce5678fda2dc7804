-- Nothing to do on this engine. The SQLite script of the same name rebuilds response and the tables
-- that reference it WITHOUT ROWID, because SQLite kept a rowid in submission order. Here response and
-- its children have no identity column and are keyed by random uuids, so no stored order follows
-- arrival (SQL Server clusters them by those random keys).
SELECT 1;
