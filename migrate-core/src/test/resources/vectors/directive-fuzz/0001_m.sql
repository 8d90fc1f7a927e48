sumatlas:sumignor
SELECT 1;
