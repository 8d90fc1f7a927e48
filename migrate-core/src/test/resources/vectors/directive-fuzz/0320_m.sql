atlas:
SELECT 320;
