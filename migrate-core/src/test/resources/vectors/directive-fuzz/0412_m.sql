atlas:nolintx
SELECT 412;
