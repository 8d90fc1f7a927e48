sumignoreSUMatlas:sumignor
SELECT 79;
