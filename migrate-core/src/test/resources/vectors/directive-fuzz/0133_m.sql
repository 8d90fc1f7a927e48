--_atlas:_
SELECT 133;
