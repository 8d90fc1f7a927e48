 atlas:nolint~atlas:sum ignore--
SELECT 212;
