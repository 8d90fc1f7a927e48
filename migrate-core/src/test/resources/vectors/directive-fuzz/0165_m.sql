~:atlas:sum:--_
SELECT 165;
