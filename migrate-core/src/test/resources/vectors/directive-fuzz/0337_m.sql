  atlas:nolint:éatlas:sumignore 
SELECT 337;
