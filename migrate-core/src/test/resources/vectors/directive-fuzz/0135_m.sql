~atlas:atlas:nolintignoredatlas:nolint
SELECT 135;
