	--atlas:nolintSUMatlas:sum	atlas:sumignore 
SELECT 5;
