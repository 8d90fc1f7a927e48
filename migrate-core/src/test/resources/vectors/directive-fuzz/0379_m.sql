atlas:--
SELECT 379;
