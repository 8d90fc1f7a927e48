é--atlas:
SELECT 19;
