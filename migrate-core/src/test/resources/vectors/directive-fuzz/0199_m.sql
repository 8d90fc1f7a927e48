  #--atlas:sum ignorex:
SELECT 199;
