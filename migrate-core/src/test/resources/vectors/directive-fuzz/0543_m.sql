x	atlas:sum   ignore 
SELECT 543;
