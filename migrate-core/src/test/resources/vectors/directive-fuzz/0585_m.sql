_atlas:sum--sumatlas:nolint#
SELECT 585;
