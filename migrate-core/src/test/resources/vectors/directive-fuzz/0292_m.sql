_ sum	ignore
SELECT 292;
