:atlas:nolint :atlas:sum
SELECT 164;
