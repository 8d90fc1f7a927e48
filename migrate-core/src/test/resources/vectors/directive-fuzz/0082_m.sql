xatlas:~atlas:nolint
SELECT 82;
