-- atlas:sum   atlas:sum ignore atlas:sumignore 
SELECT 253;
