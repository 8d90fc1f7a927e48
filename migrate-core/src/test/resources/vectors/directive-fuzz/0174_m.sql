sum##atlas:
SELECT 174;
