	  atlas:sum ignore
SELECT 564;
