xatlas:sumignor
SELECT 565;
