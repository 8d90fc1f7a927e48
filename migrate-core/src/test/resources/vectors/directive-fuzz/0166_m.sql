:~atlas:sum ignore#--atlas:sum ignore
SELECT 166;
