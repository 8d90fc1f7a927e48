atlas:nolint
SELECT 145;
