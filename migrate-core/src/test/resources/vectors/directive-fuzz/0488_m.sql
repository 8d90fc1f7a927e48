#_atlas:nolint
SELECT 488;
