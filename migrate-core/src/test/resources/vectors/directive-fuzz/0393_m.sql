atlas:sumatlas:#atlas:sum#é
SELECT 393;
