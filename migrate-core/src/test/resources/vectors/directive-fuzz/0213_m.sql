atlas:sum ignoreatlas:_ignored
SELECT 213;
