é  	atlas:sumignore
SELECT 330;
