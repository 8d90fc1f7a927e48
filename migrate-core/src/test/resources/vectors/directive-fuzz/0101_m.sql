--atlas:nolintignored 
SELECT 101;
