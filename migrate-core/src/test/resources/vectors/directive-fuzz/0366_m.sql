#éé--
SELECT 366;
