atlas:
SELECT 539;
