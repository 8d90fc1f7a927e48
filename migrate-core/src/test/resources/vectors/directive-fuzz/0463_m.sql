~_atlas:_--:~
SELECT 463;
