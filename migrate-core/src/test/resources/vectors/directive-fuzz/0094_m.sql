--:ignored_	atlas:sum ignore
SELECT 94;
