éSUMignoredatlas:sumatlas:sumatlas:
SELECT 446;
