  	atlas:nolint
SELECT 485;
