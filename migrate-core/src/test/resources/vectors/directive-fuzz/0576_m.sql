#ignoredatlas:sum ignore 
SELECT 576;
