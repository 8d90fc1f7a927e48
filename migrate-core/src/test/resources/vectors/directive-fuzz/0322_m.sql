~x~atlas:nolint#atlas:sum-- 
SELECT 322;
