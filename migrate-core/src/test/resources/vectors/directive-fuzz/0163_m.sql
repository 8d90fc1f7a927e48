ignoredatlas:sum	
SELECT 163;
