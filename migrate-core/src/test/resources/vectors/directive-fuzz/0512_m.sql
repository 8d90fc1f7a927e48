~xx:#atlas:sum   ignore
SELECT 512;
