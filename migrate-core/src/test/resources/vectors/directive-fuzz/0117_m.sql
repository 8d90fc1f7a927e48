ignoredatlas:sumignore
SELECT 117;
