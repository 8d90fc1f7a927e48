sum--éatlas:nolint
SELECT 137;
