sumatlas:nolint sumatlas:nolint 
SELECT 147;
