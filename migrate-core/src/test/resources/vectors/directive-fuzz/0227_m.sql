atlas:~atlas:sum ignoreatlas:nolint-- atlas:sumignore
SELECT 227;
