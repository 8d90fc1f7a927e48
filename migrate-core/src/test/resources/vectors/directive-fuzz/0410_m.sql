#----_#
SELECT 410;
