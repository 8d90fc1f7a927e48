atlas:_#
SELECT 363;
