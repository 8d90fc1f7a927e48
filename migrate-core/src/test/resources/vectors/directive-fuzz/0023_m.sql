é--#
SELECT 23;
