  ignoreSUMignoredatlas:nolintatlas:atlas:sum ignore
SELECT 146;
