atlas:atlas:nolint#atlas:sum ignore	sum
SELECT 252;
