~	ignoredatlas:sumignore 
SELECT 529;
