	  atlas:nolintignore	
SELECT 351;
