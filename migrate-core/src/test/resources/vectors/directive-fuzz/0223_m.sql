ignoreatlas:sumignor
SELECT 223;
