ignored  	éatlas:nolint
SELECT 440;
