 --~sumatlas:nolintx
SELECT 530;
