_  #atlas:
SELECT 97;
