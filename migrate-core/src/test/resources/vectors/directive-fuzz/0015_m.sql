atlas:#~_#
SELECT 15;
