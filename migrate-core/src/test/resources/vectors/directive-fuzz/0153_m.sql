atlas:nolintSUM--SUMsum_
SELECT 153;
