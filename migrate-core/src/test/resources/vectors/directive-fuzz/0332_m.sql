atlas:ignored#atlas:nolint
SELECT 332;
