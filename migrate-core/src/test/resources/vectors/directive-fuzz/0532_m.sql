atlas:sum ignore#
SELECT 532;
