-- atlas:sum ignoreé~~atlas:sumignore 
SELECT 28;
