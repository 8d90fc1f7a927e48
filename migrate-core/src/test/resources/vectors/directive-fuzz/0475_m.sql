#  	--   #
SELECT 475;
