atlas:
SELECT 508;
