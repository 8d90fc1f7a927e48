:atlas:nolint
SELECT 534;
