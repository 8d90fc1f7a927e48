:#atlas:sumignor
SELECT 219;
