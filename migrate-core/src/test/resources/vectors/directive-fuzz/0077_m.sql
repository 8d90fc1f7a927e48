ignored	atlas:nolint
SELECT 77;
