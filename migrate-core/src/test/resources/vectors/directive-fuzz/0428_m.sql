--SUM atlas:nolintSUM	atlas:sum  ignore
SELECT 428;
