atlas:nolint:atlas:sum ignor
SELECT 319;
