ignoredatlas:nolint: atlas:sumignore 
SELECT 546;
