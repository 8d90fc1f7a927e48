-- atlas:sum ignoreatlas:nolint-- atlas:sum ignor
SELECT 454;
