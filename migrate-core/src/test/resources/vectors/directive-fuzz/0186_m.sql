ignored-- --#
SELECT 186;
