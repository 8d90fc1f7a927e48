atlas:nolintignore  ignore#atlas:sumignore 
SELECT 420;
