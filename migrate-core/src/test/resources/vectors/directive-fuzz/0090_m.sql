atlas:sum ignore:-- 	x--atlas:nolint
SELECT 90;
