  atlas:nolint
SELECT 527;
