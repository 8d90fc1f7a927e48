~éatlas:sumignor
SELECT 74;
